import { describe, expect, it } from 'vitest';
import { AGENCY, APPROACH, ISSUE, KPI, projectFixture, SDG, Y1 } from '../projects/test-fixtures.js';
import {
  areaPathCodes,
  PACK_BUDGET_TYPES,
  PACK_STATUSES,
  packAmountOf,
  packProjectOf,
  type PackLabels,
} from './pack-pages.js';
import type { ProjectStage } from './stage-responses.js';

const LABELS: PackLabels = {
  issues: new Map([[ISSUE, { label: 'ประเด็นการพัฒนาที่ 2 การท่องเที่ยว', order: 2 }]]),
  approaches: new Map([[APPROACH, 'พัฒนาเส้นทางท่องเที่ยว']]),
  kpis: new Map([[KPI, 'รายได้จากการท่องเที่ยว (ล้านบาท)']]),
  alignment: new Map([
    [Y1, '050101 รายได้จากการท่องเที่ยวเพิ่มขึ้น'],
    [SDG, 'SDG8 งานที่มีคุณค่า'],
  ]),
  agencies: new Map([[AGENCY, 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา']]),
  areas: new Map([
    ['30', 'จังหวัดนครราชสีมา'],
    ['3001', 'อำเภอเมืองนครราชสีมา'],
    ['300101', 'ตำบลในเมือง'],
    ['31', 'จังหวัดบุรีรัมย์'],
  ]),
};

const stage = (
  name: ProjectStage['stage'],
  amountSatang: string,
  cutSatang = '0',
  cutReason: string | null = null,
): ProjectStage => ({
  stage: name,
  amountSatang,
  cutSatang,
  cutReason,
  recordedAt: '2025-03-01T00:00:00.000Z',
  version: 1,
});

describe('packAmountOf', () => {
  const stages = [
    stage('draft_bill', '900000000', '100000000', 'ปรับลดตามมติ ครม.'),
    stage('request', '1000000000'),
  ];

  it('counts the request stage, or the latest stage recorded, in stage order', () => {
    expect(packAmountOf(projectFixture(), stages, 'request')).toBe(1_000_000_000n);
    expect(packAmountOf(projectFixture(), stages, 'latest')).toBe(900_000_000n);
  });

  it("falls back to the project's own total before any stage is recorded", () => {
    expect(packAmountOf(projectFixture(), [], 'latest')).toBe(1_250_000_050n);
    expect(packAmountOf(projectFixture(), [stage('bureau_scrutiny', '7')], 'request')).toBe(1_250_000_050n);
  });
});

describe('packProjectOf', () => {
  it('prints every name, the readiness, budget lines and stages of a project', () => {
    const stages = [
      stage('bureau_scrutiny', '900000000', '100000000', 'ซ้ำซ้อนกับงบกรม'),
      stage('request', '1000000000'),
    ];
    const { page } = packProjectOf(projectFixture(), LABELS, stages, 'latest');
    expect(page).toMatchObject({
      agencyName: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา',
      budgetTypeLabel: 'งบลงทุน',
      categoryLabel: 'สิ่งก่อสร้าง',
      issueTitle: 'ประเด็นการพัฒนาที่ 2 การท่องเที่ยว',
      approachTitle: 'พัฒนาเส้นทางท่องเที่ยว',
      kpis: ['รายได้จากการท่องเที่ยว (ล้านบาท)'],
      alignment: { primary: '050101 รายได้จากการท่องเที่ยวเพิ่มขึ้น', others: ['SDG8 งานที่มีคุณค่า'] },
      outputs: [{ kindLabel: 'ผลผลิต', description: 'ถนน', target: '5.2 กิโลเมตร' }],
      beneficiaries: '1,200 ครัวเรือน เกษตรกร',
      locations: ['ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา'],
      amountSatang: 900_000_000n,
    });
    expect(page.readiness.map((item) => [item.statusLabel, item.ready, item.evidenceCount])).toEqual([
      ['พร้อม', true, 1],
      ['ไม่ต้องมี', true, 0],
      ['อยู่ระหว่างดำเนินการ', false, 0],
    ]);
    expect(page.budgetLines.map((line) => [line.quantity, line.amountSatang])).toEqual([
      ['2 แห่ง', 1_250_000_000n],
      [null, 50n],
    ]);
    expect(page.stages).toEqual([
      { label: 'คำขอ', amountSatang: 1_000_000_000n, cutSatang: 0n, reason: null },
      {
        label: 'ผ่านการพิจารณาของสำนักงบประมาณ',
        amountSatang: 900_000_000n,
        cutSatang: 100_000_000n,
        reason: 'ซ้ำซ้อนกับงบกรม',
      },
    ]);
  });

  it('groups it by issue, budget type, agency and its provinces', () => {
    const { summary } = packProjectOf(projectFixture(), LABELS, [], 'request');
    expect(summary).toEqual({
      id: 'p1',
      issue: { key: ISSUE, label: 'ประเด็นการพัฒนาที่ 2 การท่องเที่ยว', order: 2 },
      budgetType: PACK_BUDGET_TYPES[1],
      agency: { key: AGENCY, label: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา', order: 0 },
      provinces: [{ key: '30', basisPoints: null, label: 'จังหวัดนครราชสีมา' }],
      amountSatang: 1_250_000_050n,
    });
  });

  it('uses recorded province shares, and a typed agency name when no agency is linked', () => {
    const cluster = projectFixture({
      scope: 'cluster',
      clusterId: 8,
      implementingAgencyId: null,
      implementingAgencyName: 'สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด',
      provinceShares: [
        { provinceCode: '30', shareBp: 7000 },
        { provinceCode: '31', shareBp: 3000 },
      ],
      links: {
        planItemId: null,
        planIssueId: null,
        planApproachId: null,
        kpiIds: [],
        needIds: [],
        alignment: [],
      },
    });
    const { page, summary } = packProjectOf(cluster, LABELS, [], 'request');
    expect(summary.provinces).toEqual([
      { key: '30', basisPoints: 7000, label: 'จังหวัดนครราชสีมา' },
      { key: '31', basisPoints: 3000, label: 'จังหวัดบุรีรัมย์' },
    ]);
    expect(summary.agency).toEqual({
      key: 'name:สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด',
      label: 'สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด',
      order: 0,
    });
    expect([summary.issue, page.issueTitle, page.alignment.primary]).toEqual([null, null, null]);
  });
});

describe('areaPathCodes', () => {
  it('lists an area and its parents, most specific first', () => {
    expect(areaPathCodes('30010101')).toEqual(['30010101', '300101', '3001', '30']);
    expect(areaPathCodes('30')).toEqual(['30']);
  });
});

describe('PACK_STATUSES', () => {
  it('holds requested projects and those further along, never ideas, plans-only or cancelled ones', () => {
    for (const status of [
      'requested',
      'in_draft_bill',
      'allocated',
      'closed',
      'cut',
      'carried_over',
    ] as const) {
      expect(PACK_STATUSES.has(status)).toBe(true);
    }
    for (const status of [
      'idea',
      'proposal',
      'readiness_checked',
      'in_action_plan',
      'deferred',
      'cancelled',
    ] as const) {
      expect(PACK_STATUSES.has(status)).toBe(false);
    }
  });
});
