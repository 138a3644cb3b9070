import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import { blockingFailures } from '../../../domain/projects/rules/evaluate.js';
import type { Database, Queryable } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { loadProjectsByIds } from '../projects/public.js';
import { evaluateProject } from './rule-results.js';
import { projectRuleVerdicts } from './verdict-tables.js';

/**
 * Whose projects a read speaks of: each province and each cluster is its own budget unit, so a
 * province's are its own projects (not the cluster projects placed at it as operations centre) and a
 * cluster's are the cluster projects (the ก.บ.ก. office's work), whichever province they sit at.
 */
export type VerdictOwner = { provinceCode: string } | { clusterId: number };

type Settled = { owner: VerdictOwner; fiscalYear: number; statuses: readonly ProjectStatus[] };

/** SQL: the verdict rows of the owner's budget unit, in the form its partial indexes serve. */
export function ownedBy(owner: VerdictOwner): SQL | undefined {
  const v = projectRuleVerdicts;
  return 'clusterId' in owner
    ? and(eq(v.clusterId, owner.clusterId), eq(v.scope, 'cluster'))
    : and(eq(v.provinceCode, owner.provinceCode), eq(v.scope, 'province'));
}

const isStale = ne(projectRuleVerdicts.generation, projectRuleVerdicts.judgedGeneration);

/**
 * Judges the given projects and stores each verdict as of the `generation` read before judging: a
 * write since then has moved `generation` on, so the row stays stale and the next read judges it
 * again; the row is left alone if another read stored a later verdict meanwhile.
 */
export async function judgeAndStore(
  tx: Queryable,
  actor: Actor,
  stale: readonly { projectId: string; generation: number }[],
): Promise<void> {
  const generationOf = new Map(stale.map((row) => [row.projectId, row.generation]));
  for (const project of await loadProjectsByIds(tx, actor, [...generationOf.keys()])) {
    const evaluation = await evaluateProject(tx, project);
    const failing = blockingFailures(evaluation.results).map((result) => result.label);
    const generation = generationOf.get(project.id) ?? 0;
    await tx
      .update(projectRuleVerdicts)
      .set({
        judgedGeneration: generation,
        ruleSetId: evaluation.ruleSet?.id ?? null,
        ruleSetRevision: evaluation.ruleSet?.revision ?? null,
        failing,
        failingCount: failing.length,
      })
      .where(
        and(eq(projectRuleVerdicts.projectId, project.id), eq(projectRuleVerdicts.generation, generation)),
      );
  }
}

/**
 * Brings a budget unit's verdicts of a year, in the given statuses, up to date before they are counted
 * or listed: one indexed look-up when nothing changed, else the changed projects judged and stored
 * as the owner (a reader without capture rights still settles the derived rows; the actor's view
 * scope picks the projects). Verdicts in other statuses wait: a move into these statuses is a write.
 */
export async function settleRuleVerdicts(database: Database, actor: Actor, where: Settled) {
  const stale = await database.db
    .select({ projectId: projectRuleVerdicts.projectId, generation: projectRuleVerdicts.generation })
    .from(projectRuleVerdicts)
    .where(
      and(
        ownedBy(where.owner),
        eq(projectRuleVerdicts.fiscalYear, where.fiscalYear),
        inArray(projectRuleVerdicts.status, [...where.statuses]),
        isStale,
      ),
    );
  if (stale.length > 0) {
    await inSystemTransaction(database, (tx) => judgeAndStore(tx, actor, stale));
  }
}
