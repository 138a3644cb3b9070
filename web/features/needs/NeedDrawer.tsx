import { Button, Col, Drawer, Flex, Form, Grid, Row } from 'antd';
import { useState } from 'react';
import { canReceiveMerge, decideTransition } from '../../../domain/needs/state-machine.js';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { MergeReasonModal } from './MergeReasonModal.js';
import { NeedFileList } from './NeedFileList.js';
import { needToFormValues, type NeedFormValues } from './needForm.js';
import { NeedFormFields } from './NeedFormFields.js';
import { SimilarNeedsPanel } from './SimilarNeedsPanel.js';
import { IndicatorSuggestionsPanel } from '../indicators/IndicatorSuggestionsPanel.js';
import type { SimilarNeed } from '../../../domain/needs/need-reports.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';
import { useNeedSave } from './useNeedSave.js';

export interface NeedDrawerProps {
  /** null records a new need. */
  need: NeedDetail | null;
  onClose: () => void;
  /** After saving (or merging): the id of the need to show. */
  onSaved: (needId: string) => void;
  /** After a 412: fetch the latest need and reopen the form with it. */
  onReload?: () => void;
}

const DOPA_CODE = /^\d{2}(\d{2}){0,3}$/;

/** Records or edits a need, showing possible duplicates while the title is typed. */
export function NeedDrawer({ need, onClose, onSaved, onReload }: NeedDrawerProps) {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const { areaCode, fiscalYear } = useGlobalFilters();
  const [form] = Form.useForm<NeedFormValues>();
  // Beside the form on a wide screen; on a phone right under the text being typed, where it is seen.
  const wide = Grid.useBreakpoint().lg !== false;
  const [files, setFiles] = useState<File[]>([]);
  const [mergeWith, setMergeWith] = useState<SimilarNeed | null>(null);
  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const watchedArea = Form.useWatch('areaCode', form);
  const { save, saveAndMerge, busy } = useNeedSave({ need, form, files, onReload });

  const ownArea = user?.captureScope.length === 1 ? user.captureScope[0] : undefined;
  const defaultArea = areaCode ?? (ownArea && DOPA_CODE.test(ownArea) ? ownArea : null);

  const handleFinish = async (values: NeedFormValues) => {
    const id = await save(values);
    if (id) {
      onSaved(id);
    }
  };

  // The merge saves the form first, so it is only offered once the form is valid.
  const handleMergeRequest = async (candidate: SimilarNeed) => {
    try {
      await form.validateFields();
      setMergeWith(candidate);
    } catch {
      // The fields already show what is missing.
    }
  };

  const handleMerge = async (reason: string) => {
    if (!mergeWith) {
      return;
    }
    const id = await saveAndMerge(mergeWith, reason);
    setMergeWith(null);
    if (id) {
      onSaved(id);
    }
  };

  // A new need folds into the candidate; while editing, the candidate folds into this need.
  const mergeBlocked = (candidate: SimilarNeed): string | null => {
    if (need) {
      const verdict = decideTransition(candidate.status, 'merge');
      return verdict.allowed ? null : verdict.message[lang];
    }
    return canReceiveMerge(candidate.status) ? null : t('needs.similar.cannotReceive');
  };

  const similarPanel = (
    <SimilarNeedsPanel
      title={title}
      description={description}
      areaCode={watchedArea}
      excludeId={need?.id}
      onMerge={(candidate) => void handleMergeRequest(candidate)}
      mergeBlocked={mergeBlocked}
    />
  );
  const evidencePanel = <IndicatorSuggestionsPanel areaCode={watchedArea} />;

  const mergeDescription = mergeWith
    ? need
      ? t('needs.merge.intoThis', { source: mergeWith.referenceNo, target: need.referenceNo })
      : t('needs.merge.newInto', { target: mergeWith.referenceNo })
    : '';

  return (
    <Drawer
      open
      onClose={onClose}
      title={need ? t('needs.editTitle', { referenceNo: need.referenceNo }) : t('needs.create')}
      size={1040}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="need-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={wide ? 14 : 24}>
          <Form<NeedFormValues>
            form={form}
            layout="vertical"
            initialValues={needToFormValues(need, { areaCode: defaultArea, fiscalYear })}
            onFinish={(values) => void handleFinish(values)}
          >
            <NeedFormFields
              currentDimensionId={need?.dimensionId}
              editing={need !== null}
              afterDescription={wide ? null : <div style={{ marginBottom: 16 }}>{similarPanel}</div>}
            />
            <NeedFileList files={files} onChange={setFiles} />
            {wide ? null : evidencePanel}
          </Form>
        </Col>
        {wide && (
          <Col lg={10}>
            <div className="similar-needs-sticky">
              {similarPanel}
              {evidencePanel}
            </div>
          </Col>
        )}
      </Row>
      {mergeWith && (
        <MergeReasonModal
          description={mergeDescription}
          defaultReason={t('needs.merge.defaultReason', { referenceNo: mergeWith.referenceNo })}
          loading={busy}
          onConfirm={(reason) => void handleMerge(reason)}
          onCancel={() => setMergeWith(null)}
        />
      )}
    </Drawer>
  );
}
