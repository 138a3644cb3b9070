import { describe, expect, it } from 'vitest';
import { describeIssue } from '../common/bilingual.js';
import { budgetsSchema, decimalSchema, itemInputSchema, targetsSchema } from './plan-children-input.js';
import { planCreateSchema, reorderSchema } from './plan-input.js';
import { isLocked, lockedMessage, periodYears, PLAN_STATUSES, REVIEW_BASE_STATUSES } from './plan.js';

const messagesOf = (result: {
  success: boolean;
  error?: { issues: Parameters<typeof describeIssue>[0][] };
}) => (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), ...describeIssue(issue) }));

describe('plan input', () => {
  it('needs a province for a provincial plan, a cluster for a cluster plan, and five years', () => {
    expect(
      planCreateSchema.safeParse({ scope: 'province', provinceCode: '30', title: 'แผน', periodStart: 2566 })
        .success,
    ).toBe(true);
    expect(
      messagesOf(
        planCreateSchema.safeParse({ scope: 'province', title: 'แผน', periodStart: 2566, periodEnd: 2571 }),
      ),
    ).toEqual([
      { path: 'provinceCode', th: 'แผนพัฒนาจังหวัดต้องระบุจังหวัด', en: 'A provincial plan needs its province' },
      {
        path: 'periodEnd',
        th: 'แผนพัฒนามีระยะ 5 ปี: ปีสิ้นสุดต้องเท่ากับปีเริ่มต้น + 4',
        en: 'A plan covers 5 years: the end year must be the start year + 4',
      },
    ]);
    expect(
      messagesOf(planCreateSchema.safeParse({ scope: 'cluster', title: 'แผน', periodStart: 2023 })),
    ).toEqual([
      {
        path: 'periodStart',
        th: 'ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2569',
        en: 'Fiscal year is a BE year such as 2569',
      },
      { path: 'clusterId', th: 'แผนพัฒนากลุ่มจังหวัดต้องระบุกลุ่มจังหวัด', en: 'A cluster plan needs its cluster' },
    ]);
  });

  it('keeps numeric values as exact decimal strings', () => {
    expect(decimalSchema.parse(12.5)).toBe('12.5');
    expect(decimalSchema.parse(' 0.125 ')).toBe('0.125');
    expect(decimalSchema.safeParse('1e5').success).toBe(false);
    expect(decimalSchema.safeParse(1e21).success).toBe(false);
    expect(decimalSchema.safeParse('12,5').success).toBe(false);
  });

  it('refuses a target grid naming the same year and area twice', () => {
    const cell = { fiscalYear: 2567, areaCode: null, value: '1' };
    expect(targetsSchema.safeParse({ targets: [cell, { ...cell, areaCode: '3001' }] }).success).toBe(true);
    expect(messagesOf(targetsSchema.safeParse({ targets: [cell, cell] }))).toEqual([
      { path: 'targets', th: 'ค่าเป้าหมายของปีและพื้นที่เดียวกันซ้ำกัน', en: 'A year and area appear twice' },
    ]);
  });

  it('takes budgets as whole satang in strings, one per year', () => {
    expect(
      budgetsSchema.parse({ budgets: [{ fiscalYear: 2567, amountSatang: '125000050' }] }).budgets[0]
        ?.amountSatang,
    ).toBe('125000050');
    expect(budgetsSchema.safeParse({ budgets: [{ fiscalYear: 2567, amountSatang: 1250 }] }).success).toBe(
      false,
    );
    expect(budgetsSchema.safeParse({ budgets: [{ fiscalYear: 2567, amountSatang: '12.50' }] }).success).toBe(
      false,
    );
    expect(
      budgetsSchema.safeParse({
        budgets: [
          { fiscalYear: 2567, amountSatang: '1' },
          { fiscalYear: 2567, amountSatang: '2' },
        ],
      }).success,
    ).toBe(false);
  });

  it('validates an item with its lists and refuses unknown fields', () => {
    const valid = {
      title: 'โครงการ',
      fundingSource: 'province',
      areaCodes: ['3001'],
      alignment: [{ nodeId: '00000000-0000-4000-8000-000000000001' }],
    };
    expect(itemInputSchema.parse(valid).alignment).toEqual([
      { nodeId: '00000000-0000-4000-8000-000000000001', isPrimary: false },
    ]);
    expect(
      messagesOf(
        itemInputSchema.safeParse({ ...valid, fundingSource: 'lottery', areaCodes: ['3'], budget: 1 }),
      ).map((m) => m.path),
    ).toEqual(['fundingSource', 'areaCodes.0', '']);
  });

  it('refuses a reorder list that repeats an id', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(reorderSchema.safeParse({ ids: [id, id] }).success).toBe(false);
  });
});

describe('plan vocabulary', () => {
  it('locks every status after draft and names the status in the lock message', () => {
    expect(PLAN_STATUSES.filter(isLocked)).toHaveLength(7);
    expect(isLocked('draft')).toBe(false);
    expect(lockedMessage('published').th).toContain('"ประกาศใช้"');
    expect(lockedMessage('committee_approved').en).toContain('must go through a new review');
  });

  it('bases reviews on committee-approved or later versions and lists plan years', () => {
    expect(REVIEW_BASE_STATUSES).toEqual([
      'committee_approved',
      'submitted_to_centre',
      'regional_approved',
      'knb_approved',
      'cabinet_noted',
      'published',
    ]);
    expect(periodYears(2566, 2570)).toEqual([2566, 2567, 2568, 2569, 2570]);
  });
});
