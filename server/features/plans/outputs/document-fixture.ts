import type { IssueNode, ItemNode, KpiNode } from '../../../../domain/plans/tree.js';
import type { PlanDocument } from './plan-document.js';

const kpi = (
  id: string,
  name: string,
  targets: KpiNode['targets'],
  extra: Partial<KpiNode> = {},
): KpiNode => ({
  id,
  stableKey: `key-${id}`,
  objectiveId: 'o1',
  orderNo: 1,
  name,
  unit: 'ร้อยละ',
  baselineValue: '12.50',
  baselineYear: 2565,
  direction: 'higher_is_better',
  rollup: 'mean',
  dataSource: 'สำนักงานสถิติจังหวัด',
  version: 1,
  targets,
  alignment: [],
  ...extra,
});

const item = (
  id: string,
  title: string,
  budgets: [number, string][],
  extra: Partial<ItemNode> = {},
): ItemNode => ({
  id,
  stableKey: `key-${id}`,
  approachId: 'a1',
  orderNo: 1,
  title,
  description: null,
  fundingSource: 'province',
  agencyId: null,
  agencyName: 'สำนักงานจังหวัดนครราชสีมา',
  benefitNote: null,
  version: 1,
  budgets: budgets.map(([fiscalYear, amountSatang]) => ({ fiscalYear, amountSatang })),
  totalSatang: budgets.reduce((sum, [, amount]) => sum + BigInt(amount), 0n).toString(),
  areaCodes: ['3001'],
  kpiIds: [],
  needIds: [],
  alignment: [],
  clusterRule: { applies: false, ok: true, th: '', en: '' },
  ...extra,
});

const issues: IssueNode[] = [
  {
    id: 'i1',
    stableKey: 'key-i1',
    orderNo: 1,
    title: 'การพัฒนาเกษตรกรรมที่ยั่งยืน <และ> น้ำ',
    description: 'ยกระดับผลผลิตและรายได้ของเกษตรกร',
    version: 1,
    alignment: [],
    objectives: [
      {
        id: 'o1',
        stableKey: 'key-o1',
        issueId: 'i1',
        orderNo: 1,
        title: 'เกษตรกรมีรายได้เพิ่มขึ้น',
        version: 1,
        kpis: [
          kpi('k1', 'ร้อยละที่เพิ่มขึ้นของรายได้เกษตรกร', [
            { fiscalYear: 2566, areaCode: null, value: '2' },
            { fiscalYear: 2567, areaCode: null, value: '2.5' },
            { fiscalYear: 2570, areaCode: null, value: '1234567.75' },
            { fiscalYear: 2567, areaCode: '3001', value: '3' },
          ]),
          kpi('k2', 'อัตราการเจ็บป่วยจากสารเคมี', [], { direction: 'lower_is_better', baselineValue: null }),
        ],
      },
    ],
    approaches: [
      {
        id: 'a1',
        stableKey: 'key-a1',
        issueId: 'i1',
        orderNo: 1,
        title: 'พัฒนาแหล่งน้ำเพื่อการเกษตร',
        description: null,
        version: 1,
        items: [
          item('t1', 'โครงการขุดลอกคลองและพัฒนาแหล่งน้ำชุมชน', [
            [2566, '125000050'],
            [2567, '100000000'],
            [2568, '98765432100'],
          ]),
          item('t2', 'โครงการส่งเสริมเกษตรปลอดภัย', [[2569, '5000000']], {
            agencyName: null,
            agencyId: 'ag1',
            fundingSource: 'agency',
            areaCodes: [],
          }),
        ],
      },
    ],
  },
];

/** A small but complete plan document for rendering tests (a review of Korat's 2566–2570 plan). */
export function samplePlanDocument(overrides: Partial<PlanDocument['tree']['version']> = {}): PlanDocument {
  return {
    tree: {
      plan: {
        id: 'p1',
        scope: 'province',
        provinceCode: '30',
        clusterId: null,
        title: 'แผนพัฒนาจังหวัดนครราชสีมา',
        periodStart: 2566,
        periodEnd: 2570,
        isDemo: false,
        version: 1,
      },
      planProvinceCodes: ['30'],
      version: {
        id: 'v1',
        planId: 'p1',
        versionNo: 2,
        kind: 'review',
        reviewFiscalYear: 2569,
        basedOnVersionId: 'v0',
        status: 'draft',
        vision: 'นครราชสีมาเมืองน่าอยู่ เศรษฐกิจมั่นคง',
        developmentGoal: 'ประชาชนมีคุณภาพชีวิตที่ดี\nเศรษฐกิจเติบโตอย่างยั่งยืน',
        areaPotential: 'ศูนย์กลางการขนส่งของภาคตะวันออกเฉียงเหนือ',
        swot: {
          strengths: ['ที่ตั้งยุทธศาสตร์'],
          weaknesses: [],
          opportunities: ['รถไฟความเร็วสูง'],
          threats: ['ภัยแล้ง'],
        },
        keyFigures: [
          { label: 'ผลิตภัณฑ์มวลรวมจังหวัด', value: '305,000', unit: 'ล้านบาท', year: 2565, source: 'สศช.' },
        ],
        provinceCode: '30',
        clusterId: null,
        statusChangedAt: null,
        committeeApprovedAt: null,
        publishedAt: null,
        version: 3,
        ...overrides,
      },
      issues,
      approvals: [
        {
          id: 'e1',
          action: 'submit',
          fromStatus: 'draft',
          toStatus: 'submitted_to_committee',
          stepLabelTh: 'เสนอ ก.บ.จ. พิจารณา',
          stepLabelEn: 'Submit to the provincial committee (ก.บ.จ.)',
          meetingNo: '2/2568',
          meetingDate: '2025-01-15',
          meetingId: null,
          reason: null,
          actorUserId: 'u1',
          actorName: 'นักวิเคราะห์ โคราช',
          at: '2025-01-16T03:00:00.000Z',
        },
      ],
    },
    areaTitle: 'จังหวัดนครราชสีมา',
    areaNames: { '3001': 'อำเภอเมืองนครราชสีมา' },
    agencyNames: { ag1: 'สำนักงานเกษตรจังหวัดนครราชสีมา' },
    stepLabels: { submit: 'เสนอคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)' },
    generatedAt: new Date('2025-11-25T05:00:00Z'),
  };
}
