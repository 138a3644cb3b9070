import type {
  AlignmentLinkView,
  ApproachNode,
  IssueNode,
  ItemNode,
  KpiNode,
  ObjectiveNode,
  PlanVersionTreeData,
} from './tree.js';
import { EMPTY_SWOT } from './tree.js';

/** Builders of small plan trees for the unit tests of the pure plan rules. */
export const Y1: AlignmentLinkView = {
  nodeId: 'node-y1',
  isPrimary: true,
  scheme: 'master_plan',
  schemeVersion: '2566-rev',
  level: 'sub_plan_target_y1',
  code: '030101',
  titleTh: 'สินค้าเกษตรอัตลักษณ์พื้นถิ่นมีมูลค่าเพิ่มขึ้น',
  titleEn: null,
  isVerified: false,
};

export const SDG2: AlignmentLinkView = {
  ...Y1,
  nodeId: 'node-sdg2',
  isPrimary: false,
  scheme: 'sdg',
  schemeVersion: '2015-2030',
  level: 'goal',
  code: '2',
  titleTh: 'ยุติความหิวโหย',
};

export function kpi(overrides: Partial<KpiNode> = {}): KpiNode {
  return {
    id: 'kpi-1',
    stableKey: 'k-1',
    objectiveId: 'obj-1',
    orderNo: 1,
    name: 'พื้นที่เกษตรปลอดภัย',
    unit: 'ไร่',
    baselineValue: '42000',
    baselineYear: 2565,
    direction: 'higher_is_better',
    rollup: 'sum',
    dataSource: 'สนง.เกษตรจังหวัด',
    version: 1,
    targets: [2566, 2567, 2568, 2569, 2570].map((fiscalYear, index) => ({
      fiscalYear,
      areaCode: null,
      value: String(45000 + index * 3000),
    })),
    alignment: [],
    ...overrides,
  };
}

export function item(overrides: Partial<ItemNode> = {}): ItemNode {
  return {
    id: 'item-1',
    stableKey: 'i-1',
    approachId: 'app-1',
    orderNo: 1,
    title: 'ส่งเสริมข้าวหอมมะลิทุ่งสัมฤทธิ์',
    description: null,
    fundingSource: 'province',
    agencyId: null,
    agencyName: 'สนง.เกษตรจังหวัด',
    benefitNote: null,
    version: 1,
    budgets: [{ fiscalYear: 2567, amountSatang: '1250000000' }],
    totalSatang: '1250000000',
    areaCodes: ['3015'],
    kpiIds: ['kpi-1'],
    needIds: [],
    alignment: [Y1],
    clusterRule: { applies: false, ok: true, th: '', en: '' },
    ...overrides,
  };
}

export function objective(overrides: Partial<ObjectiveNode> = {}): ObjectiveNode {
  return {
    id: 'obj-1',
    stableKey: 'o-1',
    issueId: 'issue-1',
    orderNo: 1,
    title: 'เกษตรกรมีรายได้เพิ่มขึ้น',
    version: 1,
    kpis: [kpi()],
    ...overrides,
  };
}

export function approach(overrides: Partial<ApproachNode> = {}): ApproachNode {
  return {
    id: 'app-1',
    stableKey: 'a-1',
    issueId: 'issue-1',
    orderNo: 1,
    title: 'ส่งเสริมเกษตรปลอดภัย',
    description: null,
    version: 1,
    items: [item()],
    ...overrides,
  };
}

export function issue(overrides: Partial<IssueNode> = {}): IssueNode {
  return {
    id: 'issue-1',
    stableKey: 's-1',
    orderNo: 1,
    title: 'การเกษตรมูลค่าสูง',
    description: null,
    version: 1,
    alignment: [],
    objectives: [objective()],
    approaches: [approach()],
    ...overrides,
  };
}

/** A ready provincial plan version 2566–2570 for Nakhon Ratchasima with one branch of each kind. */
export function tree(
  overrides: Partial<PlanVersionTreeData> = {},
  versionOverrides: Partial<PlanVersionTreeData['version']> = {},
): PlanVersionTreeData {
  return {
    plan: {
      id: 'plan-1',
      scope: 'province',
      provinceCode: '30',
      clusterId: null,
      title: 'แผนพัฒนาจังหวัด',
      periodStart: 2566,
      periodEnd: 2570,
      isDemo: false,
      version: 1,
    },
    planProvinceCodes: ['30'],
    version: {
      id: 'v-1',
      planId: 'plan-1',
      versionNo: 1,
      kind: 'original',
      reviewFiscalYear: null,
      basedOnVersionId: null,
      status: 'draft',
      vision: 'เมืองน่าอยู่',
      developmentGoal: null,
      areaPotential: null,
      swot: EMPTY_SWOT,
      keyFigures: [],
      provinceCode: '30',
      clusterId: null,
      statusChangedAt: null,
      committeeApprovedAt: null,
      publishedAt: null,
      version: 1,
      ...versionOverrides,
    },
    issues: [issue()],
    ...overrides,
  };
}
