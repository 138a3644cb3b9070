import { z } from 'zod';
import { ALIGNMENT_LEVELS, ALIGNMENT_SCHEMES } from '../alignment/alignment.js';
import {
  FUNDING_SOURCES,
  KPI_DIRECTIONS,
  KPI_ROLLUPS,
  PLAN_SCOPES,
  PLAN_STATUSES,
  PLAN_VERSION_KINDS,
} from './plan.js';

/**
 * Response schemas of one plan version's whole tree: the API declares them, the pure rules read the
 * inferred types and the web imports the same types.
 */
const timestamp = z.iso.datetime().nullable();
/** A decimal kept as a string so no precision is lost (numeric columns, satang as bigint). */
const decimalString = z.string();

export const alignmentLinkViewSchema = z.object({
  nodeId: z.uuid(),
  isPrimary: z.boolean(),
  scheme: z.enum(ALIGNMENT_SCHEMES),
  schemeVersion: z.string(),
  level: z.enum(ALIGNMENT_LEVELS),
  code: z.string(),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  isVerified: z.boolean(),
});
export type AlignmentLinkView = z.infer<typeof alignmentLinkViewSchema>;

export const kpiTargetViewSchema = z.object({
  fiscalYear: z.number().int(),
  areaCode: z.string().nullable(),
  value: decimalString,
});
export type KpiTargetView = z.infer<typeof kpiTargetViewSchema>;

export const kpiNodeSchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  objectiveId: z.uuid(),
  orderNo: z.number().int(),
  name: z.string(),
  unit: z.string(),
  baselineValue: decimalString.nullable(),
  baselineYear: z.number().int().nullable(),
  direction: z.enum(KPI_DIRECTIONS),
  rollup: z.enum(KPI_ROLLUPS),
  dataSource: z.string().nullable(),
  version: z.number().int(),
  targets: z.array(kpiTargetViewSchema),
  alignment: z.array(alignmentLinkViewSchema),
});
export type KpiNode = z.infer<typeof kpiNodeSchema>;

export const objectiveNodeSchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  issueId: z.uuid(),
  orderNo: z.number().int(),
  title: z.string(),
  version: z.number().int(),
  kpis: z.array(kpiNodeSchema),
});
export type ObjectiveNode = z.infer<typeof objectiveNodeSchema>;

export const itemBudgetViewSchema = z.object({ fiscalYear: z.number().int(), amountSatang: decimalString });
export type ItemBudgetView = z.infer<typeof itemBudgetViewSchema>;

export const clusterRuleResultSchema = z.object({
  applies: z.boolean(),
  ok: z.boolean(),
  th: z.string(),
  en: z.string(),
});
export type ClusterRuleResult = z.infer<typeof clusterRuleResultSchema>;

export const itemNodeSchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  approachId: z.uuid(),
  orderNo: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES),
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  benefitNote: z.string().nullable(),
  version: z.number().int(),
  budgets: z.array(itemBudgetViewSchema),
  /** Sum of the yearly estimates, satang as a decimal string. */
  totalSatang: decimalString,
  areaCodes: z.array(z.string()),
  kpiIds: z.array(z.uuid()),
  needIds: z.array(z.uuid()),
  alignment: z.array(alignmentLinkViewSchema),
  clusterRule: clusterRuleResultSchema,
});
export type ItemNode = z.infer<typeof itemNodeSchema>;

export const approachNodeSchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  issueId: z.uuid(),
  orderNo: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  items: z.array(itemNodeSchema),
});
export type ApproachNode = z.infer<typeof approachNodeSchema>;

export const issueNodeSchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  orderNo: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  alignment: z.array(alignmentLinkViewSchema),
  objectives: z.array(objectiveNodeSchema),
  approaches: z.array(approachNodeSchema),
});
export type IssueNode = z.infer<typeof issueNodeSchema>;

/** Each entity of the tree by its type, as the API returns it on create and update. */
export type PlanNodeByType = {
  issue: IssueNode;
  objective: ObjectiveNode;
  kpi: KpiNode;
  approach: ApproachNode;
  item: ItemNode;
};

export const keyFigureSchema = z.object({
  label: z.string(),
  value: z.string(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  source: z.string().nullable(),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const swotSchema = z.object({
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  opportunities: z.array(z.string()),
  threats: z.array(z.string()),
});
export type Swot = z.infer<typeof swotSchema>;

export const planSummarySchema = z.object({
  id: z.uuid(),
  scope: z.enum(PLAN_SCOPES),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planVersionFieldsSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  versionNo: z.number().int(),
  kind: z.enum(PLAN_VERSION_KINDS),
  reviewFiscalYear: z.number().int().nullable(),
  basedOnVersionId: z.uuid().nullable(),
  status: z.enum(PLAN_STATUSES),
  vision: z.string().nullable(),
  developmentGoal: z.string().nullable(),
  areaPotential: z.string().nullable(),
  swot: swotSchema,
  keyFigures: z.array(keyFigureSchema),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  statusChangedAt: timestamp,
  committeeApprovedAt: timestamp,
  publishedAt: timestamp,
  version: z.number().int(),
});
export type PlanVersionFields = z.infer<typeof planVersionFieldsSchema>;

/** One version of a plan with every child, in order. */
export const planVersionTreeDataSchema = z.object({
  plan: planSummarySchema,
  /** The provinces the plan covers: its province, or the cluster's current member provinces. */
  planProvinceCodes: z.array(z.string()),
  version: planVersionFieldsSchema,
  issues: z.array(issueNodeSchema),
});
export type PlanVersionTreeData = z.infer<typeof planVersionTreeDataSchema>;

export const EMPTY_SWOT: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
