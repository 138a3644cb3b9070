import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET_2568, DEFAULT_RULE_SET_2569 } from './default-rules.js';
import {
  blockingFailures,
  evaluateActionPlanRules,
  evaluateProjectRules,
  type RuleResult,
} from './evaluate.js';
import type { Rule } from './rule-set.js';
import { READINESS_ITEMS } from '../project.js';
import type { RuleSubject } from './subject.js';

const ISSUE = '2f1c6a0e-7d55-4c1e-9a57-2b0f4a1f3c01';
const KPI = '6b8f4f0a-1d2e-4c3b-8a9f-0e1d2c3b4a59';

const EVIDENCE = {
  id: '5c4b3a29-1807-4f6e-9d5c-4b3a29180706',
  fileName: 'ปร4-ถนนหนองบัว.pdf',
  contentType: 'application/pdf',
  sizeBytes: 182_344,
  createdAt: '2025-11-20T03:00:00.000Z',
};

function linksWith(overrides: Partial<RuleSubject['links']>): RuleSubject['links'] {
  return {
    planItemId: null,
    planIssueId: ISSUE,
    planApproachId: null,
    kpiIds: [KPI],
    needIds: [],
    alignment: [],
    ...overrides,
  };
}

/** A FY2569 Nakhon Ratchasima road project, ready in every respect. */
function readyProject(overrides: Partial<RuleSubject> = {}): RuleSubject {
  return {
    id: '0d7a9c4e-3b2a-4f1e-8c6d-5a4b3c2d1e0f',
    title: 'ก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว - บ้านโนนสูง อำเภอโชคชัย',
    fiscalYear: 2569,
    scope: 'province',
    category: 'construction',
    totalSatang: '1250000000',
    links: linksWith({}),
    beneficiaryNote: null,
    schedule: [{ fiscalYear: 2569, amountSatang: '1250000000' }],
    readiness: READINESS_ITEMS.map((item) => ({ item, status: 'ready', note: null, files: [EVIDENCE] })),
    provinceCodes: ['30'],
    clusterMemberProvinceCodes: [],
    provinceNames: { '30': 'นครราชสีมา', '31': 'บุรีรัมย์', '32': 'สุรินทร์', '36': 'ชัยภูมิ' },
    planPeriod: { start: 2566, end: 2570 },
    multiYearApprovedSatang: null,
    ...overrides,
  };
}

const rules2569 = DEFAULT_RULE_SET_2569.rules;
const byKey = (results: RuleResult[], key: string) => {
  const found = results.find((result) => result.key === key);
  if (!found) {
    throw new Error(`no result ${key}`);
  }
  return found;
};
const evaluate = (overrides: Partial<RuleSubject>) =>
  evaluateProjectRules(rules2569, readyProject(overrides));

describe('project rules (FY2569 defaults)', () => {
  it('passes every project rule for a ready project and leaves action-plan rules out', () => {
    const results = evaluateProjectRules(rules2569, readyProject());
    expect(results.map((r) => r.key)).not.toContain('within_ceiling');
    expect(results.every((r) => r.outcome === 'pass')).toBe(true);
    expect(blockingFailures(results)).toEqual([]);
    expect(byKey(results, 'cluster_coverage').applicable).toBe(false);
    expect(byKey(results, 'multi_year_full_amount').applicable).toBe(false);
    expect(byKey(results, 'plan_link').explanation.th).toBe('เชื่อมโยงประเด็นการพัฒนาและตัวชี้วัด 1 ตัวแล้ว');
  });

  it('fails the plan link without an issue or KPI and names what is missing', () => {
    const result = byKey(evaluate({ links: linksWith({ planIssueId: null, kpiIds: [] }) }), 'plan_link');
    expect(result.outcome).toBe('fail');
    expect(result.explanation.en).toBe(
      'Missing: a plan issue, at least 1 KPI(s). A project must answer a plan issue and at least 1 of its KPIs',
    );
    expect(byKey(evaluate({ links: linksWith({ kpiIds: [] }) }), 'plan_link').explanation.th).toContain(
      'ตัวชี้วัดอย่างน้อย 1 ตัว',
    );
  });

  it('checks a cluster project covers two member provinces or explains its benefit', () => {
    const cluster = { scope: 'cluster' as const, clusterMemberProvinceCodes: ['30', '31', '32', '36'] };
    const one = byKey(evaluate({ ...cluster, provinceCodes: ['30', '30'] }), 'cluster_coverage');
    expect(one.outcome).toBe('fail');
    expect(one.explanation.th).toContain('ดำเนินการใน 1 จังหวัด (นครราชสีมา)');
    expect(
      byKey(evaluate({ ...cluster, provinceCodes: ['31', '30'] }), 'cluster_coverage').explanation.en,
    ).toBe('Works in 2 province(s) (นครราชสีมา, บุรีรัมย์) or explains its benefit to several');
    // A province outside the cluster does not count.
    expect(byKey(evaluate({ ...cluster, provinceCodes: ['30', '10'] }), 'cluster_coverage').outcome).toBe(
      'fail',
    );
    const note = 'ศูนย์กระจายสินค้าเกษตรให้บริการเกษตรกรทั้งสี่จังหวัด';
    expect(
      byKey(evaluate({ ...cluster, provinceCodes: ['30'], beneficiaryNote: note }), 'cluster_coverage')
        .outcome,
    ).toBe('pass');
    expect(
      byKey(evaluate({ ...cluster, provinceCodes: ['30'], beneficiaryNote: ' สั้น ' }), 'cluster_coverage')
        .outcome,
    ).toBe('fail');
  });

  it('requires every readiness item ready with evidence, accepting not-applicable items', () => {
    const readiness = readyProject().readiness.map((entry) =>
      entry.item === 'permits' ? { ...entry, status: 'not_applicable' as const, files: [] } : entry,
    );
    expect(byKey(evaluate({ readiness }), 'readiness_before_request').outcome).toBe('pass');
    const pending = readiness.map((entry) =>
      entry.item === 'land'
        ? { ...entry, status: 'in_progress' as const }
        : entry.item === 'design_estimate'
          ? { ...entry, files: [] }
          : entry,
    );
    const failed = byKey(evaluate({ readiness: pending }), 'readiness_before_request');
    expect(failed.outcome).toBe('fail');
    expect(failed.explanation.en).toBe(
      '2 readiness item(s) not complete: land, design_estimate (evidence required)',
    );
    // FY2568 did not ask for evidence files.
    const fy2568 = evaluateProjectRules(
      DEFAULT_RULE_SET_2568.rules,
      readyProject({ readiness: readiness.map((e) => ({ ...e, files: [] })) }),
    );
    expect(byKey(fy2568, 'readiness_before_request').outcome).toBe('pass');
    // A missing row counts as not ready.
    expect(
      byKey(evaluate({ readiness: readiness.slice(1) }), 'readiness_before_request').explanation.en,
    ).toContain('land');
  });

  it('names readiness items and categories with the labels it is given', () => {
    const labels = {
      readinessItems: { land: { th: 'ที่ดิน', en: 'Land' } },
      categories: { vehicle: { th: 'ยานพาหนะ', en: 'Vehicles' } },
    };
    const subject = readyProject({ category: 'vehicle', readiness: [] });
    const results = evaluateProjectRules(rules2569, subject, labels);
    expect(byKey(results, 'negative_list').explanation.th).toBe('ตรงกับรายการต้องห้าม: ยานพาหนะ');
    expect(byKey(results, 'readiness_before_request').explanation.th).toContain('ที่ดิน, design_estimate');
  });

  it('finds negative-list keywords in a title regardless of spacing', () => {
    const result = byKey(
      evaluate({ title: 'โครงการ ศึกษาดูงาน ต่างประเทศ ของคณะกรรมการ กรอ.' }),
      'negative_list',
    );
    expect(result.outcome).toBe('fail');
    expect(result.explanation.en).toBe('On the negative list: "ศึกษาดูงานต่างประเทศ"');
    expect(byKey(evaluate({ title: 'แจกเงินช่วยเหลือผู้ประสบภัย' }), 'negative_list').outcome).toBe('fail');
    // "แจกเงิน" joined the list in FY2569 only.
    const fy2568 = evaluateProjectRules(
      DEFAULT_RULE_SET_2568.rules,
      readyProject({ title: 'แจกเงินช่วยเหลือผู้ประสบภัย', fiscalYear: 2568 }),
    );
    expect(byKey(fy2568, 'negative_list').outcome).toBe('pass');
  });

  it('needs a multi-year commitment approved for its full amount', () => {
    const schedule = [
      { fiscalYear: 2569, amountSatang: '500000000' },
      { fiscalYear: 2570, amountSatang: '750000000' },
    ];
    const none = byKey(evaluate({ schedule }), 'multi_year_full_amount');
    expect(none.outcome).toBe('fail');
    expect(none.explanation.th).toBe(
      'ผูกพันปี 2569, 2570 วงเงิน 12,500,000.00 บาท แต่อนุมัติ ยังไม่ได้รับอนุมัติ ต้องได้รับอนุมัติเต็มวงเงิน',
    );
    expect(
      byKey(evaluate({ schedule, multiYearApprovedSatang: '1249999999' }), 'multi_year_full_amount').outcome,
    ).toBe('fail');
    expect(
      byKey(evaluate({ schedule, multiYearApprovedSatang: '1250000000' }), 'multi_year_full_amount').outcome,
    ).toBe('pass');
    // A zero second year is not a commitment.
    const zero = [schedule[0], { fiscalYear: 2570, amountSatang: '0' }].flatMap((e) => (e ? [e] : []));
    expect(
      byKey(evaluate({ schedule: zero, totalSatang: '500000000' }), 'multi_year_full_amount').applicable,
    ).toBe(false);
  });

  it('compares the schedule with the total to the satang', () => {
    const schedule = [
      { fiscalYear: 2569, amountSatang: '600000000' },
      { fiscalYear: 2570, amountSatang: '649999999' },
    ];
    const result = byKey(evaluate({ schedule, multiYearApprovedSatang: '1250000000' }), 'schedule_total');
    expect(result.outcome).toBe('fail');
    expect(result.explanation.en).toBe(
      'The schedule adds up to 12,499,999.99 baht but the total is 12,500,000.00 baht (difference -0.01)',
    );
    expect(byKey(evaluate({ schedule: [] }), 'schedule_total').applicable).toBe(false);
  });

  it('warns (does not block) when budget years fall outside the plan period', () => {
    const schedule = [
      { fiscalYear: 2570, amountSatang: '600000000' },
      { fiscalYear: 2571, amountSatang: '650000000' },
    ];
    const results = evaluate({ fiscalYear: 2570, schedule, multiYearApprovedSatang: '1250000000' });
    const result = byKey(results, 'years_in_plan_period');
    expect(result.outcome).toBe('warn');
    expect(result.explanation.th).toBe('ปี 2571 อยู่นอกช่วงแผน 2566–2570');
    expect(blockingFailures(results)).toEqual([]);
    expect(byKey(evaluate({ planPeriod: null }), 'years_in_plan_period').applicable).toBe(false);
  });

  it('lists only failing blocking rules as blocking failures', () => {
    const results = evaluate({
      links: linksWith({ planIssueId: null }),
      category: 'vehicle',
      fiscalYear: 2572,
    });
    expect(blockingFailures(results).map((r) => r.key)).toEqual(['plan_link', 'negative_list']);
    expect(byKey(results, 'years_in_plan_period').outcome).toBe('warn');
  });
});

describe('action-plan rules', () => {
  const plan = { id: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a', fiscalYear: 2570 };
  // FY2570 North: 4,878 million baht within the ceiling.
  const ceiling = '487800000000';

  it('passes at the ceiling and fails a satang above it', () => {
    const at = evaluateActionPlanRules(rules2569, {
      ...plan,
      ceilingSatang: ceiling,
      withinCeilingTotalSatang: ceiling,
    });
    expect(at).toHaveLength(1);
    expect(at[0]?.outcome).toBe('pass');
    expect(at[0]?.explanation.en).toBe(
      'Within ceiling 4,878,000,000.00 baht (100.0% of 4,878,000,000.00 baht)',
    );
    const over = evaluateActionPlanRules(rules2569, {
      ...plan,
      ceilingSatang: ceiling,
      withinCeilingTotalSatang: '487800000001',
    });
    expect(over[0]?.outcome).toBe('fail');
    expect(over[0]?.explanation.th).toBe(
      'ภายในกรอบ 4,878,000,000.01 บาท เกินกรอบ 4,878,000,000.00 บาท อยู่ 0.01 บาท',
    );
  });

  it('applies the percentage of the ceiling and skips plans with no ceiling', () => {
    const rule = rules2569.find(
      (r): r is Extract<Rule, { kind: 'within_ceiling' }> => r.kind === 'within_ceiling',
    );
    if (!rule) {
      throw new Error('no ceiling rule');
    }
    const strict = { ...rule, severity: 'warning' as const, parameters: { maxPercentOfCeiling: 90 } };
    const results = evaluateActionPlanRules([strict], {
      ...plan,
      ceilingSatang: '100000',
      withinCeilingTotalSatang: '95000',
    });
    expect(results[0]?.outcome).toBe('warn');
    expect(results[0]?.explanation.en).toBe(
      'Within ceiling 950.00 baht: 50.00 baht above the ceiling of 1,000.00 baht',
    );
    const none = evaluateActionPlanRules([rule], {
      ...plan,
      ceilingSatang: null,
      withinCeilingTotalSatang: '1',
    });
    expect(none[0]).toMatchObject({ outcome: 'pass', applicable: false });
  });
});
