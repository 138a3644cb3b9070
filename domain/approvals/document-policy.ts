import type { Action } from '../auth/policy.js';
import type { ApprovalDocumentType, ApprovalStep } from './chain.js';

/** The policy actions behind each document type's chain: submitting is editing, every later step approving. */
const DOCUMENT_ACTIONS: Record<ApprovalDocumentType, { edit: Action; approve: Action }> = {
  plan_version: { edit: 'plan.edit', approve: 'plan.approve' },
  action_plan: { edit: 'action_plan.edit', approve: 'action_plan.approve' },
};

/** Every chain starts at draft; a step out of it is the author's submission. */
export const FIRST_STATUS = 'draft';

/** The policy action a step of a document type's chain falls under. */
export function policyActionOf(
  documentType: ApprovalDocumentType,
  step: Pick<ApprovalStep, 'fromStatus'>,
): Action {
  const actions = DOCUMENT_ACTIONS[documentType];
  return step.fromStatus === FIRST_STATUS ? actions.edit : actions.approve;
}
