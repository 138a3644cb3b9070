import { z } from 'zod';
import type { Actor } from '../auth/policy.js';
import type { Role } from '../auth/roles.js';
import { scopeCovers } from '../auth/scope.js';
import { fiscalYearOf, fiscalQuarterOf } from '../thai/fiscal-year.js';
import { fiscalYearQuery } from '../needs/need-query.js';

export const HOME_KINDS = ['planner', 'approver', 'centre'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];

/** What a home page counts; the web maps each to the list it opens. */
export const HOME_ITEMS = [
  'needsToScreen',
  'draftPlans',
  'rulesFailing',
  'actionPlansOverCeiling',
  'reportsDue',
  'plansAwaitingDecision',
  'actionPlansAwaitingDecision',
] as const;
export type HomeItemKey = (typeof HOME_ITEMS)[number];

const APPROVER_ROLES: readonly Role[] = ['provincial_head', 'committee_member'];
const CENTRE_ROLES: readonly Role[] = ['system_admin', 'central_analyst', 'auditor'];

/**
 * Which home a user gets: the centre sees the nation (a national view and a central role), an
 * approver the documents awaiting decision, everyone else (planners, district and agency officers)
 * what waits for them to do.
 */
export function homeKindOf(actor: Pick<Actor, 'roles' | 'viewScope'>): HomeKind {
  if (actor.viewScope.all && actor.roles.some((role) => CENTRE_ROLES.includes(role))) {
    return 'centre';
  }
  if (actor.roles.some((role) => APPROVER_ROLES.includes(role))) {
    return 'approver';
  }
  return 'planner';
}

/**
 * The cluster whose office the user is (the ก.บ.ก. secretariat): a cluster officer's first cluster
 * whose every current member province lies in their view; a cluster without members is nobody's.
 * Its projects are the cluster's own budget unit, so its home counts them, not a member province's.
 */
export function officeClusterOf(
  actor: Pick<Actor, 'roles' | 'viewScope'>,
  clusters: readonly { id: number; members: readonly string[] }[],
): number | null {
  if (!actor.roles.includes('cluster_officer')) {
    return null;
  }
  const office = clusters.find(
    (cluster) =>
      cluster.members.length > 0 && cluster.members.every((code) => scopeCovers(actor.viewScope, code)),
  );
  return office?.id ?? null;
}

/** The quarter whose progress reports are due: today's in the current year, the last in a past one, none ahead. */
export function quarterDue(fiscalYear: number, today: Date): number | null {
  const current = fiscalYearOf(today);
  if (fiscalYear > current) {
    return null;
  }
  return fiscalYear < current ? 4 : fiscalQuarterOf(today);
}

/** GET /dashboards/home: the fiscal year the counts are of (default: today's). */
export const homeQuery = z.object({ fiscalYear: fiscalYearQuery.default(() => fiscalYearOf(new Date())) });

export const homeSchema = z.object({
  kind: z.enum(HOME_KINDS),
  fiscalYear: z.number().int(),
  /** The area the counts are of (the user's first province or district); null for the centre and a cluster office. */
  areaCode: z.string().nullable(),
  /** The cluster the counts are of (a cluster office's home: its members' needs, its own plans and projects); else null. */
  clusterId: z.number().int().nullable(),
  quarter: z.number().int().nullable(),
  items: z.array(z.object({ key: z.enum(HOME_ITEMS), count: z.number().int() })),
});
export type Home = z.infer<typeof homeSchema>;
