import type { ResolutionKind, FollowUpStatus } from './committee.js';

/** The approval-chain action a resolution takes on a document awaiting the committee, if any. */
export function approvalActionOf(kind: ResolutionKind): 'committee_approve' | 'return' | null {
  if (kind === 'approve' || kind === 'approve_with_changes') {
    return 'committee_approve';
  }
  return kind === 'return' ? 'return' : null;
}

/** A follow-up past its due date and not done (shown on the next agenda and the dashboard). */
export function isOverdue(
  followUp: { status: FollowUpStatus; dueDate: string | null },
  today: string,
): boolean {
  return followUp.status !== 'done' && followUp.dueDate !== null && followUp.dueDate < today;
}
