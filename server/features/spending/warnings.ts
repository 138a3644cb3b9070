import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { Warning, WarningsQuery } from '../../../domain/spending/spending-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { loadProjectsByIds } from '../projects/public.js';
import { asOfDateFor, assess, loadSpendingFacts, reportedThroughByProvince } from './assessment.js';
import { spendingFacts } from './project-access.js';
import { spendingPlans } from './tables.js';
import { loadTargetYear } from './targets.js';

const BATCH = 200;

/**
 * Late and at-risk projects of a year in the actor's view (row-level security hides the rest), of
 * one province when asked (its plans index serves the filter), by province then project, paged by keyset: plans are read in batches after the cursor and assessed
 * until a page is full.
 */
export async function listWarnings(
  deps: DatabaseDeps,
  actor: Actor,
  query: WarningsQuery,
): Promise<{ items: Warning[]; nextCursor: string | null }> {
  authorize(actor, 'spending.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const year = await loadTargetYear(tx, query.fiscalYear);
    const asOf = asOfDateFor(query.fiscalYear);
    const items: Warning[] = [];
    let after = query.cursor;
    for (;;) {
      const position: SQL | undefined = after
        ? or(
            gt(spendingPlans.provinceCode, after[0]),
            and(eq(spendingPlans.provinceCode, after[0]), gt(spendingPlans.projectId, after[1])),
          )
        : undefined;
      const plans = await tx
        .select({ provinceCode: spendingPlans.provinceCode, projectId: spendingPlans.projectId })
        .from(spendingPlans)
        .where(
          and(
            eq(spendingPlans.fiscalYear, query.fiscalYear),
            query.provinceCode ? eq(spendingPlans.provinceCode, query.provinceCode) : undefined,
            position,
          ),
        )
        .orderBy(asc(spendingPlans.provinceCode), asc(spendingPlans.projectId))
        .limit(BATCH);
      const ids = plans.map((plan) => plan.projectId);
      const projects = new Map(
        (await loadProjectsByIds(tx, actor, ids)).map((project) => [project.id, project]),
      );
      const facts = await loadSpendingFacts(tx, ids, query.fiscalYear);
      const through = await reportedThroughByProvince(tx, query.fiscalYear, [
        ...new Set(plans.map((plan) => plan.provinceCode)),
      ]);
      for (const plan of plans) {
        after = [plan.provinceCode, plan.projectId];
        const project = projects.get(plan.projectId);
        const loaded = facts.get(plan.projectId);
        if (!project || !loaded) {
          continue;
        }
        const found = spendingFacts(project);
        const result = assess(found, loaded, year, through.get(plan.provinceCode) ?? 0, asOf);
        if (result.status === 'on_track' || (query.status && result.status !== query.status)) {
          continue;
        }
        items.push({
          projectId: project.id,
          code: project.code,
          title: project.title,
          provinceCode: project.provinceCode,
          clusterId: project.clusterId,
          status: result.status,
          reasons: result.reasons,
          allocationSatang: loaded.allocationSatang.toString(),
          disbursedSatang: result.disbursedSatang.toString(),
          actualPct: result.actualPct,
          planPct: result.planPct,
        });
        if (items.length === query.limit) {
          return { items, nextCursor: encodeCursor(after) };
        }
      }
      if (plans.length < BATCH) {
        return { items, nextCursor: null };
      }
    }
  });
}

/** Every warning of the query in the actor's view, walking the keyset pages. */
export async function allWarnings(
  deps: DatabaseDeps,
  actor: Actor,
  query: Omit<WarningsQuery, 'limit' | 'cursor'>,
): Promise<Warning[]> {
  const items: Warning[] = [];
  let cursor: [string, string] | undefined;
  for (;;) {
    const page = await listWarnings(deps, actor, { ...query, limit: BATCH, cursor });
    items.push(...page.items);
    const last = page.items.at(-1);
    if (!page.nextCursor || !last) {
      return items;
    }
    cursor = [last.provinceCode, last.projectId];
  }
}
