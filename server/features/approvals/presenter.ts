import type { ApprovalEventView, ApprovalStepRow } from '../../../domain/approvals/schemas.js';
import type { approvalEvents, approvalSteps } from './tables.js';

type StepLabel = { labelTh: string; labelEn: string } | null;

/** One approval move; its statuses were written through the document type's own chain. */
export function presentApprovalEvent<S extends string>(
  event: typeof approvalEvents.$inferSelect,
  step: StepLabel,
  actorDisplayName: string | null,
): ApprovalEventView<S> {
  return {
    id: event.id,
    action: event.action,
    fromStatus: event.fromStatus as S,
    toStatus: event.toStatus as S,
    stepLabelTh: step?.labelTh ?? null,
    stepLabelEn: step?.labelEn ?? null,
    meetingNo: event.meetingNo,
    meetingDate: event.meetingDate,
    meetingId: event.meetingId,
    reason: event.reason,
    actorUserId: event.actorUserId,
    actorName: actorDisplayName ?? event.actorName,
    at: event.at.toISOString(),
  };
}

/** One configured approval step. */
export function presentApprovalStep(step: typeof approvalSteps.$inferSelect): ApprovalStepRow {
  return {
    id: step.id,
    documentType: step.documentType,
    scope: step.scope,
    fromStatus: step.fromStatus,
    toStatus: step.toStatus,
    action: step.action,
    labelTh: step.labelTh,
    labelEn: step.labelEn,
    roles: step.roles,
    requiresMeeting: step.requiresMeeting,
    requiresDate: step.requiresDate,
    requiresReason: step.requiresReason,
    needsCapture: step.needsCapture,
    sortOrder: step.sortOrder,
    validFrom: step.validFrom.toISOString(),
    version: step.version,
  };
}
