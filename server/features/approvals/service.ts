import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import {
  availableActions,
  findStep,
  validateTransitionInput,
  type ApprovalDocumentType,
  type ApprovalScope,
  type ApprovalStep,
  type AvailableAction,
  type DocumentStanding,
  type TransitionInput,
} from '../../../domain/approvals/chain.js';
import { policyActionOf } from '../../../domain/approvals/document-policy.js';
import { normalizeMeetingNo } from '../../../domain/approvals/meeting-rules.js';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/tables.js';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, forbidden, invalid, staleVersion, type Bilingual } from '../../platform/http/errors.js';
import type { ApprovalEventView } from '../../../domain/approvals/schemas.js';
import { presentApprovalEvent } from './presenter.js';
import { approvalEvents, approvalSteps } from './tables.js';

export type StoredStep<S extends string> = ApprovalStep<S> & { id: string };

/** The current chain of a document type in a scope, in order, as the pure rules read it. */
export async function stepsFor<S extends string>(
  tx: Queryable,
  documentType: ApprovalDocumentType,
  scope: ApprovalScope,
): Promise<StoredStep<S>[]> {
  const rows = await tx
    .select()
    .from(approvalSteps)
    .where(
      and(
        eq(approvalSteps.documentType, documentType),
        eq(approvalSteps.scope, scope),
        isNull(approvalSteps.validTo),
      ),
    )
    .orderBy(asc(approvalSteps.sortOrder));
  // Rows of a document type hold only its statuses: they are seeded and edited through its chain.
  return rows.map((row) => ({ ...row, fromStatus: row.fromStatus as S, toStatus: row.toStatus as S }));
}

/** Whether the policy table lets the actor take a step of this document type at all. */
function policyAllows(
  actor: Actor,
  documentType: ApprovalDocumentType,
  step: Pick<ApprovalStep, 'fromStatus'>,
) {
  return decide(actor, policyActionOf(documentType, step)).allowed;
}

/** The actions the actor may take now on a document in `status`, for the UI. */
export function actionsFor<S extends string>(
  actor: Actor,
  documentType: ApprovalDocumentType,
  status: S,
  steps: readonly ApprovalStep<S>[],
  standing: DocumentStanding,
): AvailableAction<S>[] {
  const permitted = steps.filter((step) => policyAllows(actor, documentType, step));
  return availableActions(status, permitted, actor.roles, standing);
}

/** The history of one document, oldest first, with each step's label as it read then. */
export async function eventsOf<S extends string>(
  tx: Queryable,
  documentType: ApprovalDocumentType,
  documentId: string,
): Promise<ApprovalEventView<S>[]> {
  const rows = await tx
    .select({
      event: approvalEvents,
      labelTh: approvalSteps.labelTh,
      labelEn: approvalSteps.labelEn,
      displayName: users.displayName,
    })
    .from(approvalEvents)
    .leftJoin(approvalSteps, eq(approvalSteps.id, approvalEvents.stepId))
    .leftJoin(users, eq(users.id, approvalEvents.actorUserId))
    .where(and(eq(approvalEvents.documentType, documentType), eq(approvalEvents.documentId, documentId)))
    .orderBy(asc(approvalEvents.at));
  return rows.map(({ event, labelTh, labelEn, displayName }) =>
    presentApprovalEvent<S>(
      event,
      labelTh === null || labelEn === null ? null : { labelTh, labelEn },
      displayName,
    ),
  );
}

/** A document about to move: where it stands and what the actor sent. */
export type TransitionRequest<S extends string> = {
  documentType: ApprovalDocumentType;
  documentId: string;
  scope: ApprovalScope;
  status: S;
  /** The document's current row version and the one the client based the move on. */
  version: number;
  expected: number;
  standing: DocumentStanding;
  placement: { provinceCode: string; clusterId: number | null };
  statusLabels: Record<S, Bilingual>;
  input: TransitionInput & { action: string };
};

export type TransitionOutcome<S extends string, R> = {
  /** What `apply` returned: the document as moved. */
  moved: R;
  step: StoredStep<S>;
  event: ApprovalEventView<S>;
  steps: StoredStep<S>[];
};

/**
 * Takes one step of a document's chain, in the caller's transaction: the step must exist from the
 * current status (409 with what is possible), the actor must hold one of its roles and the scope it
 * needs (403), the version must match (412), its meeting/date/reason must be plausible (400). Then
 * `apply` moves the document itself (and may refuse with its own checks), and the event and audit
 * entry are written.
 */
export async function recordTransition<S extends string, R>(
  tx: Queryable,
  actor: Actor,
  request: TransitionRequest<S>,
  apply: (step: StoredStep<S>) => Promise<R>,
): Promise<TransitionOutcome<S, R>> {
  const { documentType, documentId, status, input, standing } = request;
  const steps = await stepsFor<S>(tx, documentType, request.scope);
  const step = findStep(steps, status, input.action);
  if (!step) {
    const label = request.statusLabels[status];
    throw conflict(
      {
        th: `ทำรายการ "${input.action}" ไม่ได้ในสถานะ "${label.th}"`,
        en: `Action "${input.action}" is not possible from status "${label.en}"`,
      },
      { availableActions: actionsFor(actor, documentType, status, steps, standing) },
    );
  }
  const allowed =
    policyAllows(actor, documentType, step) && step.roles.some((role) => actor.roles.includes(role));
  if (!allowed || !(step.needsCapture ? standing.capture : standing.view)) {
    throw forbidden();
  }
  if (request.version !== request.expected) {
    throw staleVersion(request.version);
  }
  const [previous] = await tx
    .select({ meetingDate: max(approvalEvents.meetingDate) })
    .from(approvalEvents)
    .where(and(eq(approvalEvents.documentType, documentType), eq(approvalEvents.documentId, documentId)));
  const problems = validateTransitionInput(step, input, {
    today: toBangkokIsoDate(new Date()),
    previousMeetingDate: previous?.meetingDate ?? null,
  });
  if (problems.length > 0) {
    throw invalid(problems);
  }
  // Central roles hold no capture scope: this switch lets row-level security accept just this move
  // (the event, and the document's status where its table has a policy for it).
  await tx.execute(sql`select set_config('app.approval_step', 'on', true)`);
  const moved = await apply(step);
  const meetingNo = input.meetingNo ? normalizeMeetingNo(input.meetingNo) || null : null;
  const [event] = await tx
    .insert(approvalEvents)
    .values({
      documentType,
      documentId,
      stepId: step.id,
      action: step.action,
      fromStatus: step.fromStatus,
      toStatus: step.toStatus,
      meetingNo,
      meetingDate: input.meetingDate?.trim() || null,
      meetingId: input.meetingId ?? null,
      reason: input.reason?.trim() || null,
      actorUserId: actor.userId,
      ...request.placement,
    })
    .returning();
  await tx.execute(sql`select set_config('app.approval_step', 'off', true)`);
  if (!event) {
    throw new Error('approval event not recorded');
  }
  await recordAudit(tx, actor, {
    entityType: documentType,
    entityId: documentId,
    action: `transition:${step.action}`,
    changes: { status: [status, step.toStatus] },
    reason: [meetingNo && `ครั้งที่ ${meetingNo}`, input.reason].filter(Boolean).join(' — ') || null,
    provinceCode: request.placement.provinceCode,
  });
  return { moved, step, event: presentApprovalEvent<S>(event, step, null), steps };
}

/** A move as a seed or an import records it, without the checks a user's move goes through. */
export type HistoricalMove = {
  action: string;
  fromStatus: string;
  toStatus: string;
  meetingNo: string | null;
  meetingDate: string | null;
  actorUserId: string | null;
  actorName: string;
  at: Date;
};

/**
 * Writes a document's past moves (demo data), each tied to the step row in force when it was taken,
 * so a move keeps the body of its time (ก.บ.ภ. before ก.น.บ.); the current row when none was.
 */
export async function recordHistory(
  tx: Queryable,
  document: {
    documentType: ApprovalDocumentType;
    documentId: string;
    scope: ApprovalScope;
    placement: { provinceCode: string; clusterId: number | null };
  },
  moves: readonly HistoricalMove[],
): Promise<void> {
  if (moves.length === 0) {
    return;
  }
  const steps = await stepsFor(tx, document.documentType, document.scope);
  const history = await tx
    .select()
    .from(approvalSteps)
    .where(
      and(eq(approvalSteps.documentType, document.documentType), eq(approvalSteps.scope, document.scope)),
    );
  const inForce = (move: HistoricalMove) =>
    history.find(
      (row) =>
        row.fromStatus === move.fromStatus &&
        row.action === move.action &&
        row.validFrom <= move.at &&
        (row.validTo === null || move.at < row.validTo),
    );
  await tx.insert(approvalEvents).values(
    moves.map((move) => ({
      ...move,
      documentType: document.documentType,
      documentId: document.documentId,
      stepId: (inForce(move) ?? findStep(steps, move.fromStatus, move.action))?.id ?? null,
      ...document.placement,
    })),
  );
}
