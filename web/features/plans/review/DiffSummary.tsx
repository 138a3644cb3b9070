import { Tag } from 'antd';
import type { DiffKind } from '../../../../domain/common/field-diff.js';
import { DIFF_ENTITY_TYPES } from '../../../../domain/plans/plan.js';
import { useT } from '../../../app/i18n/index.js';
import type { VersionDiffResponse } from '../../../../domain/plans/responses.js';
import { ENTITY_LABELS, KIND_LABELS } from './diffLabels.js';

export interface DiffSummaryProps {
  diff: Pick<VersionDiffResponse, 'counts'>;
}

const KINDS: DiffKind[] = ['added', 'changed', 'removed'];

/** Counts of added, changed and removed entries per kind of node. */
export function DiffSummary({ diff }: DiffSummaryProps) {
  const t = useT();
  const rows = DIFF_ENTITY_TYPES.filter((type) => KINDS.some((kind) => diff.counts[type][kind] > 0));
  return (
    <div className="diff-summary" data-testid="plan-diff-summary">
      {rows.map((type) => (
        <span key={type} className="diff-summary-item">
          <strong>{t(ENTITY_LABELS[type])}</strong>{' '}
          {KINDS.filter((kind) => diff.counts[type][kind] > 0).map((kind) => (
            <Tag key={kind} color={KIND_LABELS[kind].color}>
              {t(KIND_LABELS[kind].key)} {diff.counts[type][kind]}
            </Tag>
          ))}
        </span>
      ))}
    </div>
  );
}
