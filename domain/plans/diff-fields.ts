import { describeLink, normaliseDecimal, type FlatEntity, type FlatTree } from './flatten.js';
import type { PlanEntityType } from './plan.js';
import type { AlignmentLinkView, ApproachNode, IssueNode, ItemNode, KpiNode, ObjectiveNode } from './tree.js';
import type { Field as SharedField } from '../common/field-diff.js';
import type { BudgetChange, TargetChange } from './diff-schema.js';

/** One compared field of a plan entity; the flattened tree resolves parents and KPI keys. */
export type Field<T> = SharedField<T, FlatTree>;
const alignmentKey = (links: AlignmentLinkView[]) =>
  links.map((link) => `${link.nodeId}${link.isPrimary ? '*' : ''}`).sort();
const alignmentShow = (links: AlignmentLinkView[]) =>
  [...links].sort((a, b) => a.code.localeCompare(b.code)).map(describeLink);
const sorted = (values: readonly string[]) => [...values].sort();

export const ISSUE_FIELDS: Field<FlatEntity<IssueNode>>[] = [
  { field: 'title', compare: (e) => e.node.title },
  { field: 'description', compare: (e) => e.node.description },
  {
    field: 'alignment',
    compare: (e) => alignmentKey(e.node.alignment),
    show: (e) => alignmentShow(e.node.alignment),
  },
];
export const OBJECTIVE_FIELDS: Field<FlatEntity<ObjectiveNode>>[] = [
  { field: 'title', compare: (e) => e.node.title },
  { field: 'issue', compare: (e) => e.parentKey, show: (e) => e.parentTitle },
];
export const KPI_FIELDS: Field<FlatEntity<KpiNode>>[] = [
  { field: 'name', compare: (e) => e.node.name },
  { field: 'unit', compare: (e) => e.node.unit },
  {
    field: 'baselineValue',
    compare: (e) => normaliseDecimal(e.node.baselineValue),
    show: (e) => e.node.baselineValue,
  },
  { field: 'baselineYear', compare: (e) => e.node.baselineYear },
  { field: 'direction', compare: (e) => e.node.direction },
  { field: 'rollup', compare: (e) => e.node.rollup },
  { field: 'dataSource', compare: (e) => e.node.dataSource },
  { field: 'objective', compare: (e) => e.parentKey, show: (e) => e.parentTitle },
  {
    field: 'alignment',
    compare: (e) => alignmentKey(e.node.alignment),
    show: (e) => alignmentShow(e.node.alignment),
  },
];
export const APPROACH_FIELDS: Field<FlatEntity<ApproachNode>>[] = [
  { field: 'title', compare: (e) => e.node.title },
  { field: 'description', compare: (e) => e.node.description },
  { field: 'issue', compare: (e) => e.parentKey, show: (e) => e.parentTitle },
];
const kpiKeysOf = (item: ItemNode, flat: FlatTree) =>
  sorted(item.kpiIds.map((id) => flat.kpiKeyById.get(id) ?? id));
const kpiNamesOf = (item: ItemNode, flat: FlatTree) =>
  kpiKeysOf(item, flat).map((key) => flat.kpi.get(key)?.node.name ?? key);
export const ITEM_FIELDS: Field<FlatEntity<ItemNode>>[] = [
  { field: 'title', compare: (e) => e.node.title },
  { field: 'description', compare: (e) => e.node.description },
  { field: 'fundingSource', compare: (e) => e.node.fundingSource },
  { field: 'agencyId', compare: (e) => e.node.agencyId },
  { field: 'agencyName', compare: (e) => e.node.agencyName },
  { field: 'benefitNote', compare: (e) => e.node.benefitNote },
  { field: 'approach', compare: (e) => e.parentKey, show: (e) => e.parentTitle },
  { field: 'areaCodes', compare: (e) => sorted(e.node.areaCodes) },
  {
    field: 'kpis',
    compare: (e, flat) => kpiKeysOf(e.node, flat),
    show: (e, flat) => kpiNamesOf(e.node, flat),
  },
  { field: 'needIds', compare: (e) => sorted(e.node.needIds) },
  {
    field: 'alignment',
    compare: (e) => alignmentKey(e.node.alignment),
    show: (e) => alignmentShow(e.node.alignment),
  },
];

/** Fields whose comparable values differ. */
/** Yearly (and per-area) KPI targets that differ. */
export function targetChanges(before: KpiNode, after: KpiNode): TargetChange[] {
  const keyOf = (t: { fiscalYear: number; areaCode: string | null }) => `${t.fiscalYear}|${t.areaCode ?? ''}`;
  const old = new Map(before.targets.map((t) => [keyOf(t), t]));
  const next = new Map(after.targets.map((t) => [keyOf(t), t]));
  const keys = [...new Set([...old.keys(), ...next.keys()])];
  return keys
    .map((key) => ({ o: old.get(key), n: next.get(key) }))
    .filter(({ o, n }) => normaliseDecimal(o?.value ?? null) !== normaliseDecimal(n?.value ?? null))
    .map(({ o, n }) => ({
      fiscalYear: (o ?? n)?.fiscalYear ?? 0,
      areaCode: (o ?? n)?.areaCode ?? null,
      before: o?.value ?? null,
      after: n?.value ?? null,
    }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear || (a.areaCode ?? '').localeCompare(b.areaCode ?? ''));
}

/** Yearly budget estimates that differ. */
export function budgetChanges(before: ItemNode, after: ItemNode): BudgetChange[] {
  const old = new Map(before.budgets.map((b) => [b.fiscalYear, b.amountSatang]));
  const next = new Map(after.budgets.map((b) => [b.fiscalYear, b.amountSatang]));
  return [...new Set([...old.keys(), ...next.keys()])]
    .sort((a, b) => a - b)
    .filter(
      (year) =>
        BigInt(old.get(year) ?? '0') !== BigInt(next.get(year) ?? '0') || old.has(year) !== next.has(year),
    )
    .map((year) => ({ fiscalYear: year, before: old.get(year) ?? null, after: next.get(year) ?? null }));
}

export const PARENT_TYPE: Record<PlanEntityType, PlanEntityType | null> = {
  issue: null,
  objective: 'issue',
  kpi: 'objective',
  approach: 'issue',
  item: 'approach',
};
