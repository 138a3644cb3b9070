import type { IndicatorAchievement } from './achievement.js';
import type { Programme, Report } from './responses.js';

export type ProvinceRow = {
  provinceCode: string;
  provinceName: string;
  score: number | null;
  rank: number | null;
  reportedPeriods: number;
  overduePeriods: number[];
  indicators: (IndicatorAchievement & { indicatorId: string })[];
};

export type IndicatorTotal = {
  componentTitle: string;
  indicatorId: string;
  name: string;
  unit: string;
  target: number | null;
  actual: number;
  percent: number | null;
};

/** What a programme summary report prints: totals per indicator, provinces ranked, late ones, reports. */
export type SummaryReport = {
  programme: Programme;
  asOf: string;
  /** The province reported on, or null for the reader's whole view. */
  province: { code: string; name: string } | null;
  totals: IndicatorTotal[];
  provinces: ProvinceRow[];
  lateReporters: ProvinceRow[];
  reports: Report[];
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Each indicator's target and actual added up over the provinces: a province's actual is already its
 * sum of counts or its latest running figure, so provinces add for either kind. The percent is the
 * total actual over the total target of the provinces that have one.
 */
export function indicatorTotals(programme: Programme, provinces: readonly ProvinceRow[]): IndicatorTotal[] {
  return programme.components.flatMap((component) =>
    component.indicators.map((indicator) => {
      const entries = provinces.flatMap(
        (row) => row.indicators.find((item) => item.indicatorId === indicator.id) ?? [],
      );
      const targeted = entries.filter((entry) => entry.target !== null);
      const target =
        targeted.length === 0 ? null : targeted.reduce((sum, entry) => sum + (entry.target ?? 0), 0);
      const actual = entries.reduce((sum, entry) => sum + entry.actual, 0);
      const actualOfTargeted = targeted.reduce((sum, entry) => sum + entry.actual, 0);
      return {
        componentTitle: component.titleTh,
        indicatorId: indicator.id,
        name: indicator.nameTh,
        unit: indicator.unit,
        target,
        actual,
        percent: target !== null && target > 0 ? oneDecimal((actualOfTargeted / target) * 100) : null,
      };
    }),
  );
}
