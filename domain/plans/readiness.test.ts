import { describe, expect, it } from 'vitest';
import { diffPlanVersions } from './diff.js';
import { checkReadiness } from './readiness.js';
import { approach, issue, item, kpi, objective, SDG2, tree, Y1 } from './test-fixtures.js';

const codes = (problems: ReturnType<typeof checkReadiness>) => problems.map((problem) => problem.code);
const withItem = (overrides: Parameters<typeof item>[0]) =>
  tree({ issues: [issue({ approaches: [approach({ items: [item(overrides)] })] })] });
const withKpi = (overrides: Parameters<typeof kpi>[0]) =>
  tree({ issues: [issue({ objectives: [objective({ kpis: [kpi(overrides)] })] })] });

describe('submission readiness', () => {
  it('finds nothing wrong with a complete version', () => {
    expect(checkReadiness(tree())).toEqual([]);
  });

  it('asks for a vision and at least one issue', () => {
    expect(codes(checkReadiness(tree({ issues: [] }, { vision: '  ' })))).toEqual([
      'missing_vision',
      'no_issues',
    ]);
  });

  it('asks for objectives under issues and KPIs under objectives', () => {
    expect(codes(checkReadiness(tree({ issues: [issue({ objectives: [] })] })))).toEqual([
      'issue_without_objective',
    ]);
    expect(
      codes(checkReadiness(tree({ issues: [issue({ objectives: [objective({ kpis: [] })] })] }))),
    ).toEqual(['objective_without_kpi']);
  });

  it('lists each fiscal year missing a plan-area target, not counting district targets', () => {
    const targets = [
      { fiscalYear: 2566, areaCode: null, value: '1' },
      { fiscalYear: 2567, areaCode: '3001', value: '1' },
      { fiscalYear: 2569, areaCode: null, value: '1' },
    ];
    const problems = checkReadiness(withKpi({ targets }));
    expect(problems.map((p) => [p.code, p.fiscalYear])).toEqual([
      ['kpi_missing_target', 2567],
      ['kpi_missing_target', 2568],
      ['kpi_missing_target', 2570],
    ]);
    expect(problems[0]).toMatchObject({
      entityType: 'kpi',
      entityId: 'kpi-1',
      stableKey: 'k-1',
      th: 'ตัวชี้วัด "พื้นที่เกษตรปลอดภัย" ยังไม่มีค่าเป้าหมายระดับแผนของปีงบประมาณ 2567',
    });
  });

  it('flags targets outside the period or the plan area once each', () => {
    const base = kpi().targets;
    const targets = [
      ...base,
      { fiscalYear: 2571, areaCode: null, value: '9' },
      { fiscalYear: 2571, areaCode: '3001', value: '9' },
      { fiscalYear: 2567, areaCode: '5001', value: '2' },
      { fiscalYear: 2568, areaCode: '5001', value: '2' },
    ];
    expect(checkReadiness(withKpi({ targets })).map((p) => [p.code, p.fiscalYear ?? p.areaCode])).toEqual([
      ['target_year_outside_period', 2571],
      ['target_area_outside_plan', '5001'],
    ]);
  });

  it('requires exactly one primary link on each item, at the Y1 level', () => {
    expect(codes(checkReadiness(withItem({ alignment: [SDG2] })))).toEqual(['item_primary_missing']);
    expect(
      codes(checkReadiness(withItem({ alignment: [Y1, { ...Y1, nodeId: 'other-y1', code: '030201' }] }))),
    ).toEqual(['item_primary_multiple']);
    expect(codes(checkReadiness(withItem({ alignment: [{ ...SDG2, isPrimary: true }] })))).toEqual([
      'item_primary_wrong_level',
    ]);
    expect(codes(checkReadiness(withItem({ alignment: [Y1, SDG2] })))).toEqual([]);
  });

  it('asks each item to name a KPI it moves', () => {
    expect(codes(checkReadiness(withItem({ kpiIds: [] })))).toEqual(['item_without_kpi']);
  });

  it('flags budget years outside 2566–2570 and areas outside the province', () => {
    const problems = checkReadiness(
      withItem({
        budgets: [
          { fiscalYear: 2565, amountSatang: '100' },
          { fiscalYear: 2570, amountSatang: '100' },
          { fiscalYear: 2571, amountSatang: '100' },
        ],
        areaCodes: ['3015', '31', '500101'],
      }),
    );
    expect(problems.map((p) => `${p.code}:${p.fiscalYear ?? p.areaCode}`)).toEqual([
      'budget_year_outside_period:2565',
      'budget_year_outside_period:2571',
      'item_area_outside_plan:31',
      'item_area_outside_plan:500101',
    ]);
  });

  it('accepts areas anywhere in a cluster plan’s member provinces and reports the cluster rule', () => {
    const rule = { applies: true, ok: false, th: 'ไม่ผ่านเกณฑ์กลุ่มจังหวัด', en: 'Fails the cluster rule' };
    const cluster = tree({
      planProvinceCodes: ['30', '31', '32', '36'],
      issues: [
        issue({ approaches: [approach({ items: [item({ areaCodes: ['3101'], clusterRule: rule })] })] }),
      ],
    });
    expect(checkReadiness(cluster).map((p) => [p.code, p.th])).toEqual([
      ['cluster_rule', 'ไม่ผ่านเกณฑ์กลุ่มจังหวัด'],
    ]);
  });

  it('lists every problem at once across the tree', () => {
    const broken = tree(
      {
        issues: [
          issue({
            objectives: [objective({ kpis: [kpi({ targets: [] })] })],
            approaches: [approach({ items: [item({ alignment: [], kpiIds: [], areaCodes: ['10'] })] })],
          }),
          issue({ id: 'issue-2', stableKey: 's-2', objectives: [], approaches: [] }),
        ],
      },
      { vision: null },
    );
    expect(codes(checkReadiness(broken))).toEqual([
      'missing_vision',
      'issue_without_objective',
      'kpi_missing_target',
      'kpi_missing_target',
      'kpi_missing_target',
      'kpi_missing_target',
      'kpi_missing_target',
      'item_primary_missing',
      'item_without_kpi',
      'item_area_outside_plan',
    ]);
  });

  it('requires a reason for every change a review makes, and only for those', () => {
    const base = tree();
    const review = tree(
      { issues: [issue({ title: 'การเกษตรและเกษตรแปรรูปมูลค่าสูง' })] },
      { id: 'v-2', basedOnVersionId: 'v-1', kind: 'review' },
    );
    const unexplained = checkReadiness(review, diffPlanVersions(base, review));
    expect(unexplained).toEqual([
      {
        code: 'unexplained_change',
        entityType: 'issue',
        entityId: 'issue-1',
        stableKey: 's-1',
        th: 'การเปลี่ยนแปลง "การเกษตรและเกษตรแปรรูปมูลค่าสูง" ยังไม่ระบุเหตุผล',
        en: 'The change to "การเกษตรและเกษตรแปรรูปมูลค่าสูง" has no reason',
      },
    ]);
    const explained = diffPlanVersions(base, review, new Map([['issue:s-1', 'ขยายขอบเขตไปสู่การแปรรูป']]));
    expect(checkReadiness(review, explained)).toEqual([]);
  });
});
