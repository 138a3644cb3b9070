import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DiffEntry } from '../../../../domain/plans/diff-schema.js';
import { changeReasonSchema } from '../../../../domain/plans/plan-input.js';
import { isApiError } from '../../../app/api/client.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { describeIssue } from '../../../../domain/common/bilingual.js';
import { usePutChangeReason } from '../mutations.js';

export interface ChangeReasonFieldProps {
  versionId: string;
  entry: DiffEntry;
  canEdit: boolean;
}

type ReasonEntity = 'version' | 'issue' | 'objective' | 'kpi' | 'approach' | 'item';

/** The required reason of one change of a review; saved when the field is left or on the button. */
export function ChangeReasonField({ versionId, entry, canEdit }: ChangeReasonFieldProps) {
  const t = useT();
  const { lang } = useLang();
  const handleApiError = useApiErrorHandler();
  const put = usePutChangeReason();
  const [text, setText] = useState(entry.reason ?? '');
  const [saved, setSaved] = useState(entry.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const testId = `plan-change-reason-${entry.stableKey}`;

  if (!canEdit) {
    return entry.reason ? (
      <span className="pre-wrap" data-testid={testId}>
        {entry.reason}
      </span>
    ) : (
      <Typography.Text type="danger">{t('plans.diff.noReason')}</Typography.Text>
    );
  }

  const handleSave = async () => {
    const reason = text.trim();
    if (reason === saved.trim()) {
      return;
    }
    const body = { entityType: entry.entityType as ReasonEntity, stableKey: entry.stableKey, reason };
    const checked = changeReasonSchema.safeParse(body);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setError(issue ? describeIssue(issue)[lang] : t('common.required'));
      return;
    }
    setError(null);
    setSaved(reason);
    try {
      await put.mutateAsync({ versionId, body });
    } catch (first) {
      // The diff does not carry the stored reason's version; the 428 says which one to replace.
      const current = isApiError(first, 428) ? first.problem?.currentVersion : undefined;
      try {
        if (current === undefined) {
          throw first;
        }
        await put.mutateAsync({ versionId, body, ifMatch: current });
      } catch (failure) {
        setSaved(entry.reason ?? '');
        handleApiError(failure);
      }
    }
  };

  const dirty = text.trim() !== saved.trim();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void handleSave()}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        status={error ? 'error' : undefined}
        placeholder={t('plans.diff.reasonPlaceholder')}
        data-testid={testId}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {dirty ? (
        <Button
          size="small"
          type="primary"
          loading={put.isPending}
          onClick={() => void handleSave()}
          data-testid={`${testId}-save`}
        >
          {t('plans.diff.saveReason')}
        </Button>
      ) : (
        saved.trim() !== '' && (
          <Typography.Text type="success" className="reason-saved">
            <CheckCircleFilled /> {t('plans.diff.reasonSaved')}
          </Typography.Text>
        )
      )}
    </Space>
  );
}
