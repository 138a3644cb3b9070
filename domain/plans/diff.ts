import {
  APPROACH_FIELDS,
  budgetChanges,
  ISSUE_FIELDS,
  ITEM_FIELDS,
  KPI_FIELDS,
  OBJECTIVE_FIELDS,
  PARENT_TYPE,
  targetChanges,
  type Field,
} from './diff-fields.js';
import { fieldChanges, type DiffKind } from '../common/field-diff.js';
import type { DiffEntry, VersionDiff } from './diff-schema.js';
import { flattenTree, type FlatEntity, type FlatTree } from './flatten.js';
import { DIFF_ENTITY_TYPES, PLAN_ENTITY_TYPES, type DiffEntityType, type PlanEntityType } from './plan.js';
import type { PlanVersionTreeData } from './tree.js';

/** Reasons given in a review, keyed by `reasonKey(entityType, stableKey)`. */
export type ReasonMap = ReadonlyMap<string, string>;

export const reasonKey = (entityType: DiffEntityType, stableKey: string): string =>
  `${entityType}:${stableKey}`;

/** The version-level entry's stable key: the plan id, which every version shares. */
export const versionStableKey = (tree: Pick<PlanVersionTreeData, 'plan'>): string => tree.plan.id;

const VERSION_FIELDS: Field<PlanVersionTreeData>[] = [
  { field: 'vision', compare: (t) => t.version.vision },
  { field: 'developmentGoal', compare: (t) => t.version.developmentGoal },
  { field: 'areaPotential', compare: (t) => t.version.areaPotential },
  { field: 'swot', compare: (t) => t.version.swot },
  { field: 'keyFigures', compare: (t) => t.version.keyFigures },
];

type AnyEntity = FlatEntity<{ id: string; title?: string; name?: string }>;
const titleOf = (entity: AnyEntity): string => entity.node.title ?? entity.node.name ?? '';

function coverOf(type: PlanEntityType, entity: AnyEntity, own: FlatTree, other: FlatTree) {
  let cover: DiffEntry['coveredBy'] = null;
  let parentType = PARENT_TYPE[type];
  let parentKey = entity.parentKey;
  // The highest ancestor that is also new (or also gone) carries the one reason for the whole branch.
  while (parentType && parentKey && !other[parentType].has(parentKey)) {
    cover = { entityType: parentType, stableKey: parentKey };
    const parent = own[parentType].get(parentKey);
    parentKey = parent?.parentKey ?? null;
    parentType = PARENT_TYPE[parentType];
  }
  return cover;
}

function blank(type: DiffEntityType, stableKey: string, kind: DiffKind, title: string): DiffEntry {
  return {
    entityType: type,
    stableKey,
    kind,
    title,
    id: null,
    previousId: null,
    parentStableKey: null,
    fields: [],
    targets: [],
    budgets: [],
    coveredBy: null,
    needsReason: true,
    reason: null,
  };
}

function diffEntities(type: PlanEntityType, before: FlatTree, after: FlatTree): DiffEntry[] {
  const olds = before[type] as Map<string, AnyEntity>;
  const news = after[type] as Map<string, AnyEntity>;
  const fields = {
    issue: ISSUE_FIELDS,
    objective: OBJECTIVE_FIELDS,
    kpi: KPI_FIELDS,
    approach: APPROACH_FIELDS,
    item: ITEM_FIELDS,
  }[type] as Field<AnyEntity>[];
  const entries: DiffEntry[] = [];
  for (const [key, next] of news) {
    const old = olds.get(key);
    if (!old) {
      const coveredBy = coverOf(type, next, after, before);
      entries.push({
        ...blank(type, key, 'added', titleOf(next)),
        id: next.node.id,
        parentStableKey: next.parentKey,
        coveredBy,
        needsReason: !coveredBy,
      });
      continue;
    }
    const entry = {
      ...blank(type, key, 'changed', titleOf(next)),
      id: next.node.id,
      previousId: old.node.id,
      parentStableKey: next.parentKey,
    };
    entry.fields = fieldChanges(fields, old, next, before, after);
    if (type === 'kpi') {
      entry.targets = targetChanges(before.kpi.get(key)!.node, after.kpi.get(key)!.node);
    }
    if (type === 'item') {
      entry.budgets = budgetChanges(before.item.get(key)!.node, after.item.get(key)!.node);
    }
    if (entry.fields.length + entry.targets.length + entry.budgets.length > 0) {
      entries.push(entry);
    }
  }
  for (const [key, old] of olds) {
    if (!news.has(key)) {
      const coveredBy = coverOf(type, old, before, after);
      entries.push({
        ...blank(type, key, 'removed', titleOf(old)),
        previousId: old.node.id,
        parentStableKey: old.parentKey,
        coveredBy,
        needsReason: !coveredBy,
      });
    }
  }
  return entries;
}

/**
 * What changed from `before` to `after` (usually a review against the version it was copied from),
 * matched by stable key; each change carries its reason from `reasons` when one was given.
 */
export function diffPlanVersions(
  before: PlanVersionTreeData,
  after: PlanVersionTreeData,
  reasons: ReasonMap = new Map(),
): VersionDiff {
  const flatBefore = flattenTree(before);
  const flatAfter = flattenTree(after);
  const entries: DiffEntry[] = [];
  const versionFields = fieldChanges(VERSION_FIELDS, before, after, flatBefore, flatAfter);
  if (versionFields.length > 0) {
    const key = versionStableKey(after);
    entries.push({
      ...blank('version', key, 'changed', after.plan.title),
      id: after.version.id,
      previousId: before.version.id,
      fields: versionFields,
    });
  }
  for (const type of PLAN_ENTITY_TYPES) {
    entries.push(...diffEntities(type, flatBefore, flatAfter));
  }
  const counts = Object.fromEntries(
    DIFF_ENTITY_TYPES.map((type) => [type, { added: 0, removed: 0, changed: 0 }]),
  ) as VersionDiff['counts'];
  let unexplained = 0;
  for (const entry of entries) {
    entry.reason = reasons.get(reasonKey(entry.entityType, entry.stableKey)) ?? null;
    counts[entry.entityType][entry.kind] += 1;
    if (entry.needsReason && !entry.reason) {
      unexplained += 1;
    }
  }
  return { entries, counts, unexplained };
}
