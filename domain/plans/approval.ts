import { availableActionSchemaOf, type ApprovalStep, type AvailableAction } from '../approvals/chain.js';
import { PLAN_STATUSES, type PlanStatus } from './plan.js';

/** The plan versions' approval chain: the shared chain over the plan statuses. */
export type PlanApprovalStep = ApprovalStep<PlanStatus>;
export type PlanAction = AvailableAction<PlanStatus>;

/** A step the actor may take now on a plan version, as the API lists it. */
export const availableActionSchema = availableActionSchemaOf(PLAN_STATUSES);
