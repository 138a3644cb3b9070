import type { AlignmentLevel, AlignmentScheme } from '../alignment/alignment.js';
import type {
  FundingSource,
  KpiDirection,
  KpiRollup,
  PlanScope,
  PlanStatus,
  PlanVersionKind,
} from './plan.js';

/** Shapes of one plan version's whole tree, as the API returns it and the pure rules read it. */
export type AlignmentLinkView = {
  nodeId: string;
  isPrimary: boolean;
  scheme: AlignmentScheme;
  schemeVersion: string;
  level: AlignmentLevel;
  code: string;
  titleTh: string;
  titleEn: string | null;
  isVerified: boolean;
};

export type KpiTargetView = { fiscalYear: number; areaCode: string | null; value: string };

export type KpiNode = {
  id: string;
  stableKey: string;
  objectiveId: string;
  orderNo: number;
  name: string;
  unit: string;
  baselineValue: string | null;
  baselineYear: number | null;
  direction: KpiDirection;
  rollup: KpiRollup;
  dataSource: string | null;
  version: number;
  targets: KpiTargetView[];
  alignment: AlignmentLinkView[];
};

export type ObjectiveNode = {
  id: string;
  stableKey: string;
  issueId: string;
  orderNo: number;
  title: string;
  version: number;
  kpis: KpiNode[];
};

export type ItemBudgetView = { fiscalYear: number; amountSatang: string };

export type ClusterRuleResult = { applies: boolean; ok: boolean; th: string; en: string };

export type ItemNode = {
  id: string;
  stableKey: string;
  approachId: string;
  orderNo: number;
  title: string;
  description: string | null;
  fundingSource: FundingSource;
  agencyId: string | null;
  agencyName: string | null;
  benefitNote: string | null;
  version: number;
  budgets: ItemBudgetView[];
  /** Sum of the yearly estimates, satang as a decimal string. */
  totalSatang: string;
  areaCodes: string[];
  kpiIds: string[];
  needIds: string[];
  alignment: AlignmentLinkView[];
  clusterRule: ClusterRuleResult;
};

export type ApproachNode = {
  id: string;
  stableKey: string;
  issueId: string;
  orderNo: number;
  title: string;
  description: string | null;
  version: number;
  items: ItemNode[];
};

export type IssueNode = {
  id: string;
  stableKey: string;
  orderNo: number;
  title: string;
  description: string | null;
  version: number;
  alignment: AlignmentLinkView[];
  objectives: ObjectiveNode[];
  approaches: ApproachNode[];
};

export type KeyFigure = {
  label: string;
  value: string;
  unit: string | null;
  year: number | null;
  source: string | null;
};

export type Swot = { strengths: string[]; weaknesses: string[]; opportunities: string[]; threats: string[] };

export type PlanSummary = {
  id: string;
  scope: PlanScope;
  provinceCode: string;
  clusterId: number | null;
  title: string;
  periodStart: number;
  periodEnd: number;
  isDemo: boolean;
  version: number;
};

export type PlanVersionFields = {
  id: string;
  planId: string;
  versionNo: number;
  kind: PlanVersionKind;
  reviewFiscalYear: number | null;
  basedOnVersionId: string | null;
  status: PlanStatus;
  vision: string | null;
  developmentGoal: string | null;
  areaPotential: string | null;
  swot: Swot;
  keyFigures: KeyFigure[];
  provinceCode: string;
  clusterId: number | null;
  statusChangedAt: string | null;
  committeeApprovedAt: string | null;
  publishedAt: string | null;
  version: number;
};

/** One version of a plan with every child, in order. */
export type PlanVersionTreeData = {
  plan: PlanSummary;
  /** The provinces the plan covers: its province, or the cluster's current member provinces. */
  planProvinceCodes: string[];
  version: PlanVersionFields;
  issues: IssueNode[];
};

export const EMPTY_SWOT: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
