import type {
  AlignmentLinkView,
  ApproachNode,
  IssueNode,
  ItemNode,
  KpiNode,
  ObjectiveNode,
  PlanVersionTreeData,
} from './tree.js';

export type FlatEntity<T> = {
  node: T;
  parentKey: string | null;
  parentTitle: string | null;
  position: number;
};

/** Every entity of a tree by type and stable key, with its parent, in tree order. */
export type FlatTree = {
  issue: Map<string, FlatEntity<IssueNode>>;
  objective: Map<string, FlatEntity<ObjectiveNode>>;
  kpi: Map<string, FlatEntity<KpiNode>>;
  approach: Map<string, FlatEntity<ApproachNode>>;
  item: Map<string, FlatEntity<ItemNode>>;
  /** KPI id → stable key, to compare item–KPI links across versions (ids differ per version). */
  kpiKeyById: Map<string, string>;
};

/** Flattens a version tree for diffs and checks. */
export function flattenTree(tree: Pick<PlanVersionTreeData, 'issues'>): FlatTree {
  const flat: FlatTree = {
    issue: new Map(),
    objective: new Map(),
    kpi: new Map(),
    approach: new Map(),
    item: new Map(),
    kpiKeyById: new Map(),
  };
  let position = 0;
  for (const issue of tree.issues) {
    flat.issue.set(issue.stableKey, {
      node: issue,
      parentKey: null,
      parentTitle: null,
      position: position++,
    });
    for (const objective of issue.objectives) {
      flat.objective.set(objective.stableKey, {
        node: objective,
        parentKey: issue.stableKey,
        parentTitle: issue.title,
        position: position++,
      });
      for (const kpi of objective.kpis) {
        flat.kpi.set(kpi.stableKey, {
          node: kpi,
          parentKey: objective.stableKey,
          parentTitle: objective.title,
          position: position++,
        });
        flat.kpiKeyById.set(kpi.id, kpi.stableKey);
      }
    }
    for (const approach of issue.approaches) {
      flat.approach.set(approach.stableKey, {
        node: approach,
        parentKey: issue.stableKey,
        parentTitle: issue.title,
        position: position++,
      });
      for (const item of approach.items) {
        flat.item.set(item.stableKey, {
          node: item,
          parentKey: approach.stableKey,
          parentTitle: approach.title,
          position: position++,
        });
      }
    }
  }
  return flat;
}

/** All KPIs of a tree in order. */
export function kpisOf(tree: Pick<PlanVersionTreeData, 'issues'>): KpiNode[] {
  return tree.issues.flatMap((issue) => issue.objectives.flatMap((objective) => objective.kpis));
}

/** All project-set items of a tree in order. */
export function itemsOf(tree: Pick<PlanVersionTreeData, 'issues'>): ItemNode[] {
  return tree.issues.flatMap((issue) => issue.approaches.flatMap((approach) => approach.items));
}

/** How an alignment link reads in a diff: code, title and whether it is the primary one. */
export function describeLink(link: AlignmentLinkView): string {
  return `${link.code} ${link.titleTh}${link.isPrimary ? ' (หลัก)' : ''}`;
}

/** A decimal string without insignificant zeros, so "12.50" and "12.5" compare equal. */
export function normaliseDecimal(value: string | null): string | null {
  if (value === null) {
    return null;
  }
  const text = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return text;
  }
  const [whole = '0', fraction = ''] = text.split('.');
  const negative = whole.startsWith('-');
  const digits = (negative ? whole.slice(1) : whole).replace(/^0+(?=\d)/, '');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const body = trimmedFraction ? `${digits}.${trimmedFraction}` : digits;
  return negative && body !== '0' ? `-${body}` : body;
}
