import type { KpiDirection, KpiRollup } from '../../../../domain/plans/plan.js';
import type { MessageKey } from '../../../app/i18n/index.js';

export const DIRECTION_LABELS: Record<KpiDirection, MessageKey> = {
  higher_is_better: 'plans.kpi.direction.higher',
  lower_is_better: 'plans.kpi.direction.lower',
};

export const ROLLUP_LABELS: Record<KpiRollup, MessageKey> = {
  sum: 'plans.kpi.rollup.sum',
  mean: 'plans.kpi.rollup.mean',
  weighted: 'plans.kpi.rollup.weighted',
  latest: 'plans.kpi.rollup.latest',
  ratio_of_sums: 'plans.kpi.rollup.ratio',
};
