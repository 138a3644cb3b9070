import { Descriptions, Typography } from 'antd';
import type { AuditEntry } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { fieldText, valueText } from './auditText.js';

export interface AuditChangesProps {
  entry: AuditEntry;
}

/**
 * The expanded entry: each changed field with its value before and after side by side, in words,
 * wrapped within the page (long values break instead of widening the table), then the reason given.
 */
export function AuditChanges({ entry }: AuditChangesProps) {
  const t = useT();
  const { lang } = useLang();
  const changes = Object.entries(entry.changes ?? {});
  const side = (field: string, value: unknown, testId: string) => {
    const text = valueText(field, value, lang);
    return (
      <div className="audit-change-value" data-testid={testId}>
        {text ?? <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>}
      </div>
    );
  };

  return (
    <div className="audit-changes">
      {changes.length > 0 ? (
        <div className="audit-change-grid" role="table" aria-label={t('audit.title')}>
          <div className="audit-change-row audit-change-head" role="row">
            <div role="columnheader">{t('audit.field')}</div>
            <div role="columnheader">{t('audit.before')}</div>
            <div role="columnheader">{t('audit.after')}</div>
          </div>
          {changes.map(([field, [before, after]]) => (
            <div className="audit-change-row" role="row" key={field} data-testid="audit-change">
              <div role="rowheader" className="audit-change-field">
                {fieldText(field, lang)}
              </div>
              <div role="cell">{side(field, before, 'audit-change-before')}</div>
              <div role="cell">{side(field, after, 'audit-change-after')}</div>
            </div>
          ))}
        </div>
      ) : (
        <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
      )}
      {entry.reason && (
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          items={[{ key: 'reason', label: t('audit.reason'), children: entry.reason }]}
        />
      )}
    </div>
  );
}
