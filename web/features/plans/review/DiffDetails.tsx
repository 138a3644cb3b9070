import { Typography } from 'antd';
import type { DiffEntry } from '../../../../domain/plans/diff-schema.js';
import { fiscalYearText, formatBaht } from '../../../../domain/thai/index.js';
import { formatDecimal } from '../../../../domain/plans/outputs/format.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { AreaName } from '../AreaName.js';
import { FIELD_LABELS } from './diffLabels.js';
import { DiffValue } from './DiffValue.js';

export interface DiffDetailsProps {
  entry: DiffEntry;
}

const baht = (satang: string | null) => (satang === null ? '–' : formatBaht(BigInt(satang)));
const decimal = (value: string | null) => (value === null ? '–' : formatDecimal(value, false));

/** What changed in one entry: fields, yearly targets and budgets, each as before → after. */
export function DiffDetails({ entry }: DiffDetailsProps) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="diff-details">
      {entry.fields.map((change) => {
        const label = FIELD_LABELS[change.field];
        return (
          <div key={change.field} className="diff-change" data-field={change.field}>
            <Typography.Text type="secondary">{label ? t(label) : change.field}: </Typography.Text>
            <span className="diff-before">
              <DiffValue field={change.field} value={change.before} />
            </span>
            <span className="diff-arrow"> → </span>
            <span className="diff-after">
              <DiffValue field={change.field} value={change.after} />
            </span>
          </div>
        );
      })}
      {entry.targets.map((target) => (
        <div
          key={`${target.fiscalYear}|${target.areaCode ?? ''}`}
          className="diff-change"
          data-field="target"
        >
          <Typography.Text type="secondary">
            {t('plans.diff.target', { year: fiscalYearText(target.fiscalYear, lang) })}
            {target.areaCode && (
              <>
                {' '}
                (<AreaName code={target.areaCode} />)
              </>
            )}
            :{' '}
          </Typography.Text>
          <span className="diff-before">{decimal(target.before)}</span>
          <span className="diff-arrow"> → </span>
          <span className="diff-after">{decimal(target.after)}</span>
        </div>
      ))}
      {entry.budgets.map((budget) => (
        <div key={budget.fiscalYear} className="diff-change" data-field="budget">
          <Typography.Text type="secondary">
            {t('plans.diff.budget', { year: fiscalYearText(budget.fiscalYear, lang) })}:{' '}
          </Typography.Text>
          <span className="diff-before">{baht(budget.before)}</span>
          <span className="diff-arrow"> → </span>
          <span className="diff-after">{baht(budget.after)}</span>
        </div>
      ))}
    </div>
  );
}
