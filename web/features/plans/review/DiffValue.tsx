import { Typography } from 'antd';
import {
  FUNDING_SOURCE_LABELS,
  type FundingSource,
  type KpiDirection,
  type KpiRollup,
} from '../../../../domain/plans/plan.js';
import type { KeyFigure, Swot } from '../../../../domain/plans/tree.js';
import { formatDecimal } from '../../../../domain/plans/outputs/format.js';
import { beYearText } from '../../../../domain/thai/index.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { valueText } from '../../audit/auditText.js';
import { useNeed } from '../../needs/api.js';
import { AreaName } from '../AreaName.js';
import { DIRECTION_LABELS, ROLLUP_LABELS } from '../editors/kpiLabels.js';

export interface DiffValueProps {
  field: string;
  value: unknown;
}

function NeedReference({ id }: { id: string }) {
  const need = useNeed(id);
  return <span title={need.data?.title}>{need.data?.referenceNo ?? id.slice(0, 8)}</span>;
}

const isSwot = (value: unknown): value is Swot =>
  typeof value === 'object' && value !== null && 'strengths' in value;

/** One side of a changed field, shown the way a planner reads it (labels, names, lists). */
export function DiffValue({ field, value }: DiffValueProps) {
  const t = useT();
  const { lang } = useLang();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  }
  if (field === 'direction') {
    return <>{t(DIRECTION_LABELS[value as KpiDirection] ?? 'common.dash')}</>;
  }
  if (field === 'rollup') {
    return <>{t(ROLLUP_LABELS[value as KpiRollup] ?? 'common.dash')}</>;
  }
  if (field === 'fundingSource') {
    return <>{FUNDING_SOURCE_LABELS[value as FundingSource]?.[lang] ?? String(value)}</>;
  }
  if (field === 'areaCodes' && Array.isArray(value)) {
    return (
      <span className="diff-list">
        {value.map((code: string) => (
          <AreaName key={code} code={code} />
        ))}
      </span>
    );
  }
  if (field === 'needIds' && Array.isArray(value)) {
    return (
      <span className="diff-list">
        {value.map((id: string) => (
          <NeedReference key={id} id={id} />
        ))}
      </span>
    );
  }
  if (field === 'swot' && isSwot(value)) {
    return (
      <span>
        {t('plans.diff.swotSummary', {
          s: value.strengths.length,
          w: value.weaknesses.length,
          o: value.opportunities.length,
          t: value.threats.length,
        })}
      </span>
    );
  }
  if (field === 'keyFigures' && Array.isArray(value)) {
    return (
      <ul className="diff-ul">
        {(value as KeyFigure[]).map((figure, index) => (
          <li key={index}>
            {figure.label}: {formatDecimal(figure.value, false)} {figure.unit ?? ''}
            {figure.year ? ` (${beYearText(figure.year, lang)})` : ''}
          </li>
        ))}
      </ul>
    );
  }
  if (Array.isArray(value)) {
    return (
      <ul className="diff-ul">
        {value.map((line, index) => (
          <li key={index}>{valueText(field, line, lang)}</li>
        ))}
      </ul>
    );
  }
  return <span className="pre-wrap">{valueText(field, value, lang)}</span>;
}
