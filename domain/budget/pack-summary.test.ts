import { describe, expect, it } from 'vitest';
import { bahtText } from '../thai/baht-text.js';
import {
  buildPackSummary,
  NO_ISSUE,
  type PackGroup,
  type PackSummaryProject,
  percentOf,
} from './pack-summary.js';
import { UNSPLIT_AREA_KEY } from './pack-split.js';

const TYPES: PackGroup[] = [
  { key: 'investment', label: 'งบลงทุน', order: 2 },
  { key: 'operating', label: 'งบดำเนินงาน', order: 1 },
  { key: 'subsidy', label: 'งบเงินอุดหนุน', order: 4 },
  { key: 'other', label: 'งบรายจ่ายอื่น', order: 3 },
];
const type = (key: string) => TYPES.find((entry) => entry.key === key) as PackGroup;
const ISSUE_1: PackGroup = { key: 'i1', label: 'ประเด็นการพัฒนาที่ 1 เกษตร', order: 1 };
const ISSUE_2: PackGroup = { key: 'i2', label: 'ประเด็นการพัฒนาที่ 2 ท่องเที่ยว', order: 2 };
const OFFICE: PackGroup = { key: 'a1', label: 'สำนักงานจังหวัดนครราชสีมา', order: 0 };
const FARM: PackGroup = { key: 'a2', label: 'สำนักงานเกษตรจังหวัดนครราชสีมา', order: 0 };
const KORAT = { key: '30', label: 'นครราชสีมา', basisPoints: null };

function project(
  id: string,
  amountSatang: bigint,
  overrides: Partial<PackSummaryProject> = {},
): PackSummaryProject {
  return {
    id,
    issue: ISSUE_1,
    budgetType: type('investment'),
    agency: OFFICE,
    provinces: [KORAT],
    amountSatang,
    ...overrides,
  };
}

// Amounts with odd satang so a lost or doubled satang shows.
const PROJECTS: PackSummaryProject[] = [
  project('p1', 1_250_000_50n),
  project('p2', 98_990_432_150n, { issue: ISSUE_2, agency: FARM, budgetType: type('operating') }),
  project('p3', 1n, { issue: null, budgetType: type('subsidy') }),
  project('p4', 10_000_001n, {
    issue: ISSUE_2,
    provinces: [
      { key: '31', label: 'บุรีรัมย์', basisPoints: 3333 },
      { key: '30', label: 'นครราชสีมา', basisPoints: 3334 },
      { key: '32', label: 'สุรินทร์', basisPoints: 3333 },
    ],
  }),
  project('p5', 77n, {
    agency: FARM,
    provinces: [
      { key: '30', label: 'นครราชสีมา', basisPoints: null },
      { key: '31', label: 'บุรีรัมย์', basisPoints: null },
    ],
  }),
];
const GRAND = 1_250_000_50n + 98_990_432_150n + 1n + 10_000_001n + 77n;

describe('percentOf', () => {
  it('rounds half up to 2 decimals from exact satang', () => {
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(1n, 80_000n)).toBe('0.00');
    expect(percentOf(1n, 20_000n)).toBe('0.01');
    expect(percentOf(5n, 5n)).toBe('100.00');
    expect(percentOf(0n, 0n)).toBe('0.00');
  });
});

describe('buildPackSummary', () => {
  const summary = buildPackSummary(PROJECTS, TYPES);

  it('totals to the satang and writes the grand total in words', () => {
    expect(summary.grandTotal).toBe(GRAND);
    expect(summary.grandTotal).toBe(99_125_432_279n);
    expect(summary.grandTotalText).toBe(bahtText(GRAND));
    expect(summary.grandTotalText).toBe('เก้าร้อยเก้าสิบเอ็ดล้านสองแสนห้าหมื่นสี่พันสามร้อยยี่สิบสองบาทเจ็ดสิบเก้าสตางค์');
    expect(summary.projectCount).toBe(5);
  });

  it('orders the budget-type columns and makes every table add up to the grand total', () => {
    expect(summary.budgetTypes.map((entry) => entry.key)).toEqual([
      'operating',
      'investment',
      'other',
      'subsidy',
    ]);
    for (const table of [summary.byIssue, summary.byBudgetType, summary.byAgency, summary.byArea]) {
      expect(table.totals.total).toBe(GRAND);
      expect(table.rows.reduce((sum, row) => sum + row.total, 0n)).toBe(GRAND);
      expect(table.totals.byBudgetType).toEqual([98_990_432_150n, 1_250_000_50n + 10_000_001n + 77n, 0n, 1n]);
      expect(table.totals.projectCount).toBe(5);
      expect(table.totals.percent).toBe('100.00');
      for (const row of table.rows) {
        expect(row.byBudgetType.reduce((sum, amount) => sum + amount, 0n)).toBe(row.total);
      }
    }
  });

  it('groups by issue in plan order with unlinked projects last', () => {
    expect(summary.byIssue.rows.map((row) => [row.key, row.projectCount, row.total])).toEqual([
      ['i1', 2, 1_250_000_50n + 77n],
      ['i2', 2, 98_990_432_150n + 10_000_001n],
      [NO_ISSUE.key, 1, 1n],
    ]);
    expect(summary.byIssue.rows[1]?.percent).toBe('99.87');
  });

  it('groups by budget type with an amount only in its own column', () => {
    expect(summary.byBudgetType.rows.map((row) => [row.key, row.total])).toEqual([
      ['operating', 98_990_432_150n],
      ['investment', 1_250_000_50n + 10_000_001n + 77n],
      ['subsidy', 1n],
    ]);
    expect(summary.byBudgetType.rows[2]?.byBudgetType).toEqual([0n, 0n, 0n, 1n]);
  });

  it('groups by agency in Thai alphabetical order when the order is equal', () => {
    expect(summary.byAgency.rows.map((row) => [row.label, row.projectCount, row.total])).toEqual([
      ['สำนักงานเกษตรจังหวัดนครราชสีมา', 2, 98_990_432_150n + 77n],
      ['สำนักงานจังหวัดนครราชสีมา', 3, 1_250_000_50n + 1n + 10_000_001n],
    ]);
  });

  it('splits cluster money by shares in province-code order, unsplit money in its own last row', () => {
    expect(summary.byArea.rows.map((row) => [row.key, row.label, row.projectCount, row.total])).toEqual([
      ['30', 'นครราชสีมา', 4, 1_250_000_50n + 98_990_432_150n + 1n + 3_334_001n],
      ['31', 'บุรีรัมย์', 1, 3_333_000n],
      ['32', 'สุรินทร์', 1, 3_333_000n],
      [UNSPLIT_AREA_KEY, 'หลายจังหวัด (ไม่ได้แบ่งสัดส่วน)', 1, 77n],
    ]);
  });

  it('is all zeros for no projects, with every budget type still a column', () => {
    const empty = buildPackSummary([], TYPES);
    expect(empty.grandTotal).toBe(0n);
    expect(empty.grandTotalText).toBe('ศูนย์บาทถ้วน');
    expect(empty.byIssue.rows).toEqual([]);
    expect(empty.byIssue.totals).toMatchObject({
      projectCount: 0,
      byBudgetType: [0n, 0n, 0n, 0n],
      percent: '0.00',
    });
  });

  it('refuses a project whose budget type is not a column', () => {
    const stray = project('x', 1n, { budgetType: { key: 'central', label: 'งบกลาง', order: 9 } });
    expect(() => buildPackSummary([stray], TYPES)).toThrow(RangeError);
  });
});
