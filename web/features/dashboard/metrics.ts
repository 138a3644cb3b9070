import type { Metrics } from '../../../domain/dashboards/overview.js';
import { bpText } from '../../../domain/dashboards/ratios.js';
import type { MessageKey } from '../../app/i18n/index.js';

/** The lists a measure opens; each takes the unit's area when it has one. */
export type ListPath = '/needs' | '/projects' | '/action-plans' | '/spending' | '/results' | '/assets';

export type MetricKey =
  | 'needs'
  | 'needsToScreen'
  | 'planCoverage'
  | 'projects'
  | 'ceilingUsed'
  | 'disbursed'
  | 'kpiAchieved'
  | 'assetsAwaitingTransfer';

export type MetricDefinition = {
  key: MetricKey;
  labelKey: MessageKey;
  /** The figure compared in the chart (percent for shares), null when the level cannot say. */
  value: (metrics: Metrics) => number | null;
  /** The figure as shown, with its base where it has one. */
  text: (metrics: Metrics, format: Formats) => string;
  list: ListPath;
  status?: 'received' | 'linked';
  percent: boolean;
};

/** Number formats of the reader's language: counts, and money in millions of baht with its unit. */
export type Formats = { count: (value: number) => string; millions: (satang: bigint) => string };

export function formatsFor(lang: 'th' | 'en', millionUnit: string): Formats {
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US');
  const money = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    count: (value) => number.format(value),
    // Hundredths of a million baht are 1,000,000 satang; exact as a double far beyond any budget.
    millions: (satang) => `${money.format(Number((satang + 500_000n) / 1_000_000n) / 100)} ${millionUnit}`,
  };
}

const percentValue = (bp: number | null) => (bp === null ? null : bp / 100);
const percentText = (bp: number | null) => (bp === null ? '—' : `${bpText(bp)} %`);
const countText = (value: number | null, format: Formats) => (value === null ? '—' : format.count(value));
const millions = (satang: string | null, format: Formats) =>
  satang === null ? '—' : format.millions(BigInt(satang));

/** The measures of the drill-down, in the order the cards and the chart's picker show them. */
export const METRICS: readonly MetricDefinition[] = [
  {
    key: 'needs',
    labelKey: 'overview.metric.needs',
    value: (m) => m.needs,
    text: (m, n) => countText(m.needs, n),
    list: '/needs',
    percent: false,
  },
  {
    key: 'needsToScreen',
    labelKey: 'overview.metric.needsToScreen',
    value: (m) => m.needsToScreen,
    text: (m, n) => countText(m.needsToScreen, n),
    list: '/needs',
    status: 'received',
    percent: false,
  },
  {
    key: 'planCoverage',
    labelKey: 'overview.metric.planCoverage',
    value: (m) => percentValue(m.planCoverageBp),
    text: (m, n) => `${percentText(m.planCoverageBp)} (${countText(m.needsLinked, n)})`,
    list: '/needs',
    status: 'linked',
    percent: true,
  },
  {
    key: 'projects',
    labelKey: 'overview.metric.projects',
    value: (m) => m.projects,
    text: (m, n) =>
      m.projects === null ? '—' : `${countText(m.projects, n)} · ${millions(m.projectSatang, n)}`,
    list: '/projects',
    percent: false,
  },
  {
    key: 'ceilingUsed',
    labelKey: 'overview.metric.ceilingUsed',
    value: (m) => percentValue(m.ceilingUsedBp),
    text: (m, n) =>
      m.actionPlanSatang === null
        ? '—'
        : `${millions(m.actionPlanSatang, n)} / ${millions(m.ceilingSatang, n)}`,
    list: '/action-plans',
    percent: true,
  },
  {
    key: 'disbursed',
    labelKey: 'overview.metric.disbursed',
    value: (m) => percentValue(m.disbursedBp),
    text: (m, n) =>
      m.disbursedSatang === null ? '—' : `${percentText(m.disbursedBp)} · ${millions(m.disbursedSatang, n)}`,
    list: '/spending',
    percent: true,
  },
  {
    key: 'kpiAchieved',
    labelKey: 'overview.metric.kpiAchieved',
    value: (m) => percentValue(m.kpiAchievedBp),
    text: (m, n) =>
      m.kpiIndicators === null
        ? '—'
        : `${percentText(m.kpiAchievedBp)} (${countText(m.kpiAchieved, n)}/${countText(m.kpiIndicators, n)})`,
    list: '/results',
    percent: true,
  },
  {
    key: 'assetsAwaitingTransfer',
    labelKey: 'overview.metric.assetsAwaitingTransfer',
    value: (m) => m.assetsAwaitingTransfer,
    text: (m, n) => countText(m.assetsAwaitingTransfer, n),
    list: '/assets',
    percent: false,
  },
];
