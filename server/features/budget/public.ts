/**
 * What other features (and the registry) use of budget: the guard the projects feature runs on an
 * actor's move, refusing "requested" while a blocking eligibility rule fails.
 */
export { requestGuardFor } from './rule-results.js';
