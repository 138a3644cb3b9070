import type { Actor } from '../../../domain/auth/policy.js';
import { figuresOf, type FigureRow } from '../../../domain/dashboards/figures.js';
import {
  CHILD_LEVEL,
  metricsOf,
  type Overview,
  type OverviewQuery,
} from '../../../domain/dashboards/overview.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { unitOrphans } from './orphans.js';
import { needRows, workRows } from './sources.js';
import { resolveUnit, type ResolvedUnit } from './units.js';

/**
 * The nation needs a national view, a province or district itself (checked before anything is read,
 * so an unseen area is 403, not 404); a cluster every member province, once its members are known,
 * and a cluster without members a national view (no member to check must not mean anyone may look).
 */
function authorizeQuery(actor: Actor, query: OverviewQuery): void {
  authorize(
    actor,
    'dashboard.read',
    query.level === 'national' ? null : query.level === 'cluster' ? undefined : query.code,
  );
}

function authorizeMembers(actor: Actor, resolved: ResolvedUnit): void {
  if (resolved.unit.level !== 'cluster') {
    return;
  }
  const { members } = resolved.unit;
  for (const member of members.length === 0 ? [null] : members) {
    authorize(actor, 'dashboard.read', member);
  }
}

/**
 * One unit of the national → cluster → province → district drill-down for a fiscal year: its
 * measures and its children's, summed from the other features' roll-ups (needs per district at the
 * province and district levels; a district keeps needs only).
 */
export async function dashboardOverview(
  deps: DatabaseDeps,
  actor: Actor,
  query: OverviewQuery,
): Promise<Overview> {
  authorizeQuery(actor, query);
  const resolved = await resolveUnit(deps, actor, query);
  authorizeMembers(actor, resolved);
  const level = resolved.view.level;
  const districtsOf =
    level === 'province' || level === 'district' ? resolved.view.code?.slice(0, 2) : undefined;
  const orphans = await unitOrphans(deps, actor, resolved, query.fiscalYear);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const work = level === 'district' ? null : await workRows(tx, query.fiscalYear, resolved.clusters);
    const rows: FigureRow[] = [
      ...(level === 'district' ? [] : await needRows(tx, query.fiscalYear)),
      ...(districtsOf === undefined ? [] : await needRows(tx, query.fiscalYear, districtsOf)),
      ...(work?.rows ?? []),
    ];
    const measured = (entry: ResolvedUnit['children'][number]) => ({
      ...entry.view,
      metrics: metricsOf(figuresOf(rows, entry.unit), entry.unit.level === 'district'),
    });
    return {
      fiscalYear: query.fiscalYear,
      unit: resolved.view,
      path: resolved.path,
      metrics: metricsOf(figuresOf(rows, resolved.unit), level === 'district'),
      targetPct: work?.targetPct ?? null,
      throughMonth: work?.throughMonth ?? 0,
      childLevel: CHILD_LEVEL[level],
      orphans,
      children: resolved.children.map(measured),
      provinces: resolved.provinces.map(measured),
    };
  });
}
