import type { Role } from './roles.js';
import { scopeCovers, type AreaScope } from './scope.js';

/** Everything a user can be allowed to do; features add their actions here. */
export const ACTIONS = [
  'area.read',
  'area.manage',
  'area.importVillages',
  'agency.read',
  'agency.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'job.read',
  'need.read',
  'need.manage',
  'need.configure',
  'alignment.read',
  'alignment.manage',
  'plan.read',
  'plan.edit',
  'plan.approve',
  'plan.configure',
  'project.read',
  'project.edit',
  'approval.read',
  'approval.configure',
  'action_plan.read',
  'action_plan.edit',
  'action_plan.approve',
  'action_plan.configure',
  'budget.read',
  'budget.record',
  'budget.configure',
  'spending.read',
  'spending.record',
  'spending.close',
  'spending.configure',
  'regulation.read',
  'regulation.manage',
  'programme.read',
  'programme.report',
  'programme.configure',
  'training.read',
  'training.manage',
  'notifications.read',
  'result.read',
  'result.record',
  'result.configure',
  'asset.read',
  'asset.manage',
  'committee.read',
  'committee.manage',
  'committee.record',
  'dashboard.read',
  'indicator.read',
  'indicator.import',
  'indicator.target',
  'indicator.configure',
  'household.read',
  'household.manage',
  'household.unmask',
  'household.exportPersonal',
  'household.subjectAccess',
  'household.configure',
  'household_count.read',
  'household_count.propose',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = {
  /** Roles that may take the action at all. */
  roles: readonly Role[];
  /** Which of the user's scopes the target area must fall in; 'none' for actions on national data. */
  scope: 'view' | 'capture' | 'none';
};

const EVERY_ROLE: readonly Role[] = [
  'system_admin',
  'central_analyst',
  'cluster_officer',
  'provincial_planner',
  'provincial_head',
  'district_officer',
  'agency_officer',
  'committee_member',
  'auditor',
];
const PLANNERS: readonly Role[] = [
  'system_admin',
  'cluster_officer',
  'provincial_planner',
  'provincial_head',
];

/** The role × action × scope table: the one place that says who may do what. */
export const POLICY: Record<Action, Rule> = {
  'area.read': { roles: EVERY_ROLE, scope: 'none' },
  'area.manage': { roles: ['system_admin'], scope: 'capture' },
  'area.importVillages': { roles: ['system_admin', 'provincial_planner'], scope: 'capture' },
  'agency.read': { roles: EVERY_ROLE, scope: 'view' },
  'agency.manage': { roles: PLANNERS, scope: 'capture' },
  'user.read': { roles: ['system_admin', 'auditor'], scope: 'none' },
  'user.manage': { roles: ['system_admin'], scope: 'none' },
  'audit.read': { roles: ['system_admin', 'auditor', 'central_analyst', 'provincial_head'], scope: 'view' },
  'job.read': { roles: EVERY_ROLE, scope: 'none' },
  'need.read': { roles: EVERY_ROLE, scope: 'view' },
  'need.manage': {
    roles: [
      'system_admin',
      'cluster_officer',
      'provincial_planner',
      'provincial_head',
      'district_officer',
      'agency_officer',
    ],
    scope: 'capture',
  },
  'need.configure': { roles: ['system_admin'], scope: 'none' },
  'alignment.read': { roles: EVERY_ROLE, scope: 'none' },
  'alignment.manage': { roles: ['system_admin'], scope: 'none' },
  'plan.read': { roles: EVERY_ROLE, scope: 'view' },
  'plan.edit': { roles: PLANNERS, scope: 'capture' },
  // Each approval step narrows this further by its own role list and scope (approval_steps).
  'plan.approve': {
    roles: ['system_admin', 'central_analyst', 'provincial_head', 'cluster_officer'],
    scope: 'view',
  },
  'plan.configure': { roles: ['system_admin'], scope: 'none' },
  'project.read': { roles: EVERY_ROLE, scope: 'view' },
  // Agencies propose and keep their own projects; the province or cluster office owns the record.
  'project.edit': { roles: [...PLANNERS, 'agency_officer'], scope: 'capture' },
  'approval.read': { roles: EVERY_ROLE, scope: 'none' },
  'approval.configure': { roles: ['system_admin'], scope: 'none' },
  'action_plan.read': { roles: EVERY_ROLE, scope: 'view' },
  'action_plan.edit': { roles: PLANNERS, scope: 'capture' },
  // Each approval step narrows this further by its own role list and scope (approval_steps).
  'action_plan.approve': {
    roles: ['system_admin', 'central_analyst', 'provincial_head', 'cluster_officer'],
    scope: 'view',
  },
  // Ceilings per fiscal year and budget unit are set by the centre.
  'action_plan.configure': { roles: ['system_admin', 'central_analyst'], scope: 'none' },
  'budget.read': { roles: EVERY_ROLE, scope: 'view' },
  // Stage amounts come from the Budget Bureau, the cabinet and the act; planners record them.
  'budget.record': { roles: PLANNERS, scope: 'capture' },
  // Eligibility rule sets are national reference data.
  'budget.configure': { roles: ['system_admin'], scope: 'none' },
  // Spending: agencies and planners record monthly figures and procurement for their area; the head
  // of the provincial office (or an administrator) closes a reported month; targets are national.
  'spending.read': { roles: EVERY_ROLE, scope: 'view' },
  'spending.record': { roles: [...PLANNERS, 'agency_officer'], scope: 'capture' },
  'spending.close': { roles: ['system_admin', 'provincial_head', 'provincial_planner'], scope: 'capture' },
  'spending.configure': { roles: ['system_admin'], scope: 'none' },
  // The regulations library is national reference data: everyone reads it, administrators keep it.
  'regulation.read': { roles: EVERY_ROLE, scope: 'none' },
  'regulation.manage': { roles: ['system_admin'], scope: 'none' },
  // Special programmes: the centre sets programmes and per-province targets; provinces register
  // activities and report progress for their own area.
  'programme.read': { roles: EVERY_ROLE, scope: 'view' },
  'programme.report': { roles: [...PLANNERS, 'district_officer', 'agency_officer'], scope: 'capture' },
  'programme.configure': { roles: ['system_admin', 'central_analyst'], scope: 'none' },
  // Training: the centre (national view) records national events, a province's office its own.
  'training.read': { roles: EVERY_ROLE, scope: 'view' },
  'training.manage': {
    roles: ['system_admin', 'central_analyst', 'provincial_head', 'provincial_planner'],
    scope: 'view',
  },
  // Everyone has a bell; row-level security keeps each user to the notices of their provinces.
  'notifications.read': { roles: EVERY_ROLE, scope: 'view' },
  // Results: the implementing agency and planners report progress and output values for their area.
  'result.read': { roles: EVERY_ROLE, scope: 'view' },
  'result.record': { roles: [...PLANNERS, 'agency_officer'], scope: 'capture' },
  'result.configure': { roles: ['system_admin'], scope: 'none' },
  // Assets: the provincial or cluster office keeps the register and runs transfers.
  'asset.read': { roles: EVERY_ROLE, scope: 'view' },
  'asset.manage': { roles: PLANNERS, scope: 'capture' },
  // Committees: every role reads those of its area; the secretariat (the provincial or cluster office)
  // sets them up and records meetings. A resolution that moves a document also needs that step's role.
  'committee.read': { roles: EVERY_ROLE, scope: 'view' },
  'committee.manage': { roles: PLANNERS, scope: 'capture' },
  'committee.record': { roles: PLANNERS, scope: 'capture' },
  // Dashboards: everyone has a home; the nation needs a national view, a cluster every member province.
  'dashboard.read': { roles: EVERY_ROLE, scope: 'view' },
  // Indicators are public statistics: everyone reads every area; the provincial office imports its
  // figures and sets its targets; administrators keep the national catalogue.
  'indicator.read': { roles: EVERY_ROLE, scope: 'none' },
  'indicator.import': { roles: ['system_admin', 'provincial_planner', 'provincial_head'], scope: 'capture' },
  'indicator.target': { roles: PLANNERS, scope: 'capture' },
  'indicator.configure': { roles: ['system_admin'], scope: 'none' },
  // Household cases hold personal data (PDPA): those who work cases read them masked; clear ids and
  // names, personal exports and subject-access reports only for the provincial head and the district
  // officers who visit, each with a recorded reason. The auditor reads masked cases and the audit of
  // every unmasking, but never unmasks: checking who looked does not need what they saw.
  'household.read': {
    roles: [...PLANNERS, 'district_officer', 'agency_officer', 'central_analyst', 'auditor'],
    scope: 'view',
  },
  'household.manage': { roles: [...PLANNERS, 'district_officer', 'agency_officer'], scope: 'capture' },
  'household.unmask': { roles: ['provincial_head', 'district_officer'], scope: 'capture' },
  'household.exportPersonal': { roles: ['provincial_head'], scope: 'capture' },
  'household.subjectAccess': { roles: ['provincial_head'], scope: 'capture' },
  'household.configure': { roles: ['system_admin'], scope: 'none' },
  // Anonymised counts carry no personal data: every role of the area reads them.
  'household_count.read': { roles: EVERY_ROLE, scope: 'view' },
  'household_count.propose': { roles: PLANNERS, scope: 'capture' },
};

export type Actor = {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly captureScope: AreaScope;
  readonly viewScope: AreaScope;
};

export type Decision = { allowed: true } | { allowed: false; reason: 'role' | 'scope' };

/** Whether the actor may take `action`, on a record in `areaCode` (null = national) when it has one. */
export function decide(actor: Actor, action: Action, areaCode?: string | null): Decision {
  const rule = POLICY[action];
  if (!actor.roles.some((role) => rule.roles.includes(role))) {
    return { allowed: false, reason: 'role' };
  }
  if (rule.scope === 'none' || areaCode === undefined) {
    return { allowed: true };
  }
  const scope = rule.scope === 'capture' ? actor.captureScope : actor.viewScope;
  return scopeCovers(scope, areaCode) ? { allowed: true } : { allowed: false, reason: 'scope' };
}

/** Actions the actor holds a role for, to tell the UI which controls to show. */
export function allowedActions(actor: Actor): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((action) => decide(actor, action).allowed);
}
