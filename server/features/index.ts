import type { Feature } from '../platform/feature.js';
import { agencyAuditLabels } from './agencies/audit-labels.js';
import { areaAuditLabels } from './areas/audit-labels.js';
import { budgetAuditLabels } from './budget/audit-labels.js';
import { committeeAuditLabels } from './committees/audit-labels.js';
import { householdAuditLabels } from './households/audit-labels.js';
import { needAuditLabels } from './needs/audit-labels.js';
import { planAuditLabels } from './plans/audit-labels.js';
import { programmeAuditLabels } from './programmes/audit-labels.js';
import { projectAuditLabels } from './projects/audit-labels.js';
import { regulationAuditLabels } from './regulations/audit-labels.js';
import { trainingAuditLabels } from './training/audit-labels.js';
import { userAuditLabels } from './users/audit-labels.js';
import { actionPlansFeature } from './action-plans/feature.js';
import { agenciesFeature } from './agencies/feature.js';
import { alignmentFeature } from './alignment/feature.js';
import { approvalsFeature } from './approvals/feature.js';
import { areasFeature } from './areas/feature.js';
import { assetsFeature } from './assets/feature.js';
import { auditFeature } from './audit/feature.js';
import { authFeature } from './auth/feature.js';
import { budgetFeature } from './budget/feature.js';
import { requestGuardFor } from './budget/public.js';
import { committeesFeature } from './committees/feature.js';
import { dashboardsFeature } from './dashboards/feature.js';
import { healthFeature } from './health/feature.js';
import { householdsFeature } from './households/feature.js';
import { indicatorsFeature } from './indicators/feature.js';
import { evidenceOfPlanIssues } from './indicators/public.js';
import { jobsFeature } from './jobs/feature.js';
import { needsFeature } from './needs/feature.js';
import { openDataFeature } from './open-data/feature.js';
import { portalFeature } from './portal/feature.js';
import { notificationsFeature } from './notifications/feature.js';
import { plansFeature } from './plans/feature.js';
import { planOfNode } from './plans/public.js';
import { programmesFeature } from './programmes/feature.js';
import { projectsFeature } from './projects/feature.js';
import { regulationsFeature } from './regulations/feature.js';
import { resultsFeature } from './results/feature.js';
import { spendingDigestSource } from './spending/digest-source.js';
import { committeeDigestSource } from './committees/public.js';
import { spendingFeature } from './spending/feature.js';
import { trainingFeature } from './training/feature.js';
import { usersFeature } from './users/feature.js';

/** How the audit trail names each feature's records, one entry per feature that records audit events. */
export const ENTITY_LABELS = [
  userAuditLabels,
  areaAuditLabels,
  agencyAuditLabels,
  needAuditLabels,
  planAuditLabels,
  projectAuditLabels,
  committeeAuditLabels,
  budgetAuditLabels,
  regulationAuditLabels,
  programmeAuditLabels,
  trainingAuditLabels,
  householdAuditLabels,
];

/**
 * Every feature of the application, the one place that knows them all. Order matters: migrations,
 * seeds and routes follow it, so a feature comes after those whose tables it references.
 */
export const FEATURES: readonly Feature[] = [
  healthFeature,
  authFeature,
  areasFeature,
  agenciesFeature,
  usersFeature,
  // Names records by the labels the features below hand it (read in SQL under the reader's RLS).
  auditFeature(ENTITY_LABELS),
  jobsFeature,
  // Links needs to plan nodes through plans' public.ts, which it cannot import (plans builds on needs).
  needsFeature({ planOfNode }),
  alignmentFeature,
  // The plan PDF prints the evidence issues cite, read through indicators' public.ts, which it
  // cannot import (indicators builds on plans).
  plansFeature(evidenceOfPlanIssues),
  // After plans: its first migration takes over the approval tables plans created.
  approvalsFeature,
  // Moves are guarded by budget's eligibility rules, which it cannot import (budget builds on projects).
  projectsFeature(requestGuardFor),
  actionPlansFeature,
  // After approvals, plans and action plans: resolutions take their approval steps.
  committeesFeature,
  budgetFeature,
  // After projects and budget: spending rows reference projects.
  spendingFeature,
  // After spending: assets and results rows reference projects; results' golden thread reads
  // plans, action plans, needs, spending and assets.
  assetsFeature,
  resultsFeature,
  // National reference data; cites steps and rules by key, so it references no other table.
  regulationsFeature,
  // After projects: a programme activity may name the project that carries it.
  programmesFeature,
  trainingFeature,
  // After needs and plans: evidence cites needs and plan issues.
  indicatorsFeature,
  // After needs, agencies and indicators: help names an agency, a proposal its need, counts feed indicators.
  householdsFeature,
  // Reads the roll-ups of every feature above through their public.ts; owns no tables.
  dashboardsFeature,
  // After every feature whose published rows its public views select.
  openDataFeature,
  // After open data: reads through its public views; enters citizens' needs through needs.
  portalFeature,
  // Fed by the features before it through their digest sources.
  notificationsFeature([spendingDigestSource, committeeDigestSource]),
];
