import type { AlignmentLevel, AlignmentScheme } from '../../../domain/alignment/alignment.js';
import type { Role } from '../../../domain/auth/roles.js';
import type { AvailableAction } from '../../../domain/plans/approval.js';
import type { VersionDiff } from '../../../domain/plans/diff.js';
import type { PlanScope, PlanStatus, PlanVersionKind } from '../../../domain/plans/plan.js';
import type { ReadinessProblem } from '../../../domain/plans/readiness.js';
import type { PlanSummary, PlanVersionTreeData } from '../../../domain/plans/tree.js';

export type {
  AlignmentLinkView,
  ApproachNode,
  IssueNode,
  ItemNode,
  KpiNode,
  ObjectiveNode,
  PlanSummary,
} from '../../../domain/plans/tree.js';

/** A short line per version (server/features/plans/presenter.ts presentVersionSummary). */
export interface VersionSummary {
  id: string;
  versionNo: number;
  kind: PlanVersionKind;
  reviewFiscalYear: number | null;
  basedOnVersionId: string | null;
  status: PlanStatus;
  statusChangedAt: string | null;
  publishedAt: string | null;
  version: number;
}

export interface PlanListItem extends PlanSummary {
  latestVersion: VersionSummary | null;
  publishedVersion: VersionSummary | null;
}

export interface PlanDetail extends PlanListItem {
  memberProvinceCodes: string[];
  versions: VersionSummary[];
}

export interface ApprovalEvent {
  id: string;
  action: string;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  meetingNo: string | null;
  /** ISO date (CE). */
  meetingDate: string | null;
  reason: string | null;
  actorUserId: string | null;
  actorName: string | null;
  at: string;
}

/** GET /plan-versions/:id/tree. */
export interface VersionTree extends PlanVersionTreeData {
  approvals: ApprovalEvent[];
  memberProvinceCodes: string[];
  availableActions: AvailableAction[];
  canEdit: boolean;
  readiness: { ready: boolean; problems: ReadinessProblem[] };
  changeSummary: {
    basedOnVersionId: string | null;
    counts: VersionDiff['counts'];
    unexplained: number;
  } | null;
}

/** GET /plan-versions/:id/diff. */
export interface VersionDiffResponse extends VersionDiff {
  versionId: string;
  againstVersionId: string;
}

export interface ApprovalStepRow {
  id: string;
  scope: PlanScope;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  action: string;
  labelTh: string;
  labelEn: string;
  roles: Role[];
  requiresMeeting: boolean;
  requiresDate: boolean;
  requiresReason: boolean;
  needsCapture: boolean;
  sortOrder: number;
  version: number;
}

export interface AlignmentNode {
  id: string;
  scheme: AlignmentScheme;
  schemeVersion: string;
  code: string;
  parentId: string | null;
  level: AlignmentLevel;
  titleTh: string;
  titleEn: string | null;
  isVerified: boolean;
  source: string | null;
  sortOrder: number;
  isActive: boolean;
  childCount?: number;
  version: number;
}
