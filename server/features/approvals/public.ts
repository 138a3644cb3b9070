/**
 * What other features use of the approval chain: plans and action plans record their moves and read
 * their steps and history through it; committees and the dashboards read what awaits a decision.
 */
export { documentsAwaitingCommittee } from './awaiting.js';
export { actionsFor, eventsOf, recordHistory, recordTransition, stepsFor } from './service.js';
export type { StoredStep } from './service.js';
