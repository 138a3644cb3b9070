import { useMutation } from '@tanstack/react-query';
import type { PlanEntityType } from '../../../domain/plans/plan.js';
import type { TargetsInput } from '../../../domain/plans/plan-children-input.js';
import type { KpiNode, PlanNodeByType } from '../../../domain/plans/tree.js';
import { apiFetch } from '../../app/api/client.js';
import { useInvalidatePlans } from './mutations.js';

export type NodeKind = PlanEntityType;
type AnyNode = PlanNodeByType[NodeKind];

const COLLECTIONS: Record<NodeKind, string> = {
  issue: 'plan-issues',
  objective: 'plan-objectives',
  kpi: 'plan-kpis',
  approach: 'plan-approaches',
  item: 'plan-items',
};

export const nodePath = (kind: NodeKind, id: string) =>
  `/api/v1/${COLLECTIONS[kind]}/${encodeURIComponent(id)}`;

/** Where a new child is posted: issues under the version, the rest under their parent. */
export type NewNode =
  | { kind: 'issue'; versionId: string }
  | { kind: 'objective' | 'approach'; issueId: string }
  | { kind: 'kpi'; objectiveId: string }
  | { kind: 'item'; approachId: string };

function createPath(target: NewNode): string {
  switch (target.kind) {
    case 'issue':
      return `/api/v1/plan-versions/${encodeURIComponent(target.versionId)}/issues`;
    case 'objective':
      return `${nodePath('issue', target.issueId)}/objectives`;
    case 'approach':
      return `${nodePath('issue', target.issueId)}/approaches`;
    case 'kpi':
      return `${nodePath('objective', target.objectiveId)}/kpis`;
    case 'item':
      return `${nodePath('approach', target.approachId)}/items`;
  }
}

export function useCreateNode() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ target, body }: { target: NewNode; body: Record<string, unknown> }) =>
      apiFetch<AnyNode>(createPath(target), { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export interface SaveNodeArgs {
  kind: NodeKind;
  id: string;
  version: number;
  body: Record<string, unknown>;
}

/** PATCH with If-Match; resolves with the node as stored (its new version included). */
export function useSaveNode() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ kind, id, version, body }: SaveNodeArgs) =>
      apiFetch<AnyNode>(nodePath(kind, id), {
        method: 'PATCH',
        body,
        ifMatch: version,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteNode() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ kind, id, version }: { kind: NodeKind; id: string; version: number }) =>
      apiFetch<void>(nodePath(kind, id), { method: 'DELETE', ifMatch: version }),
    onSuccess: invalidate,
  });
}

export interface TargetsArgs {
  kpiId: string;
  version: number;
  targets: TargetsInput['targets'];
}

export function usePutTargets() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ kpiId, version, targets }: TargetsArgs) =>
      apiFetch<KpiNode>(`${nodePath('kpi', kpiId)}/targets`, {
        method: 'PUT',
        body: { targets },
        ifMatch: version,
      }),
    onSuccess: invalidate,
  });
}
