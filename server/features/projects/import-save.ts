import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectSheetFacts, ProjectSheetField } from '../../../domain/projects/sheet.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { notFound, staleVersion } from '../../platform/http/errors.js';
import { PROJECT } from './access.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { stagedRows, writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';
import { auditable, factsOf, saveProjectChange, type ImportVerdict } from './import-rows.js';
import { projects } from './tables.js';
import { projectSearchDocument } from './writes.js';

type StoredFacts = ReturnType<typeof auditable>;

/**
 * One staged project update: the version it was checked at and its facts before and after (money
 * as satang text). While staging, the database adds its budget lines and schedule as they were.
 */
export type ProjectWrite = {
  projectId: string;
  version: number;
  changed: ProjectSheetField[];
  before: StoredFacts;
  after: StoredFacts;
};

const factsFrom = (stored: StoredFacts): ProjectSheetFacts => ({
  ...stored,
  totalSatang: BigInt(stored.totalSatang),
});

/** The checked rows that change a project, as staged writes. */
export const projectWrites = (verdicts: readonly ImportVerdict[]): ProjectWrite[] =>
  verdicts.flatMap(({ project, facts, changed }) =>
    project && facts && changed.length > 0
      ? [
          {
            projectId: project.id,
            version: project.version,
            changed,
            before: auditable(factsOf(project)),
            after: auditable(facts),
          },
        ]
      : [],
  );

const withMoneyRows = (item: SQL) => sql`${item} || jsonb_build_object(
  'lines', (select coalesce(jsonb_agg(to_jsonb(l)), '[]') from project_budget_lines l
            where l.project_id = (${item}->>'projectId')::uuid),
  'schedule', (select coalesce(jsonb_agg(to_jsonb(s)), '[]') from project_schedule s
               where s.project_id = (${item}->>'projectId')::uuid))`;

/** Applies one batch as the actor; a project edited since it was checked stops the import. */
async function applyProjectWrites(tx: Tx, actor: Actor, items: readonly ProjectWrite[], reason: string) {
  for (const write of items) {
    const [project] = await tx.select().from(projects).where(eq(projects.id, write.projectId)).for('update');
    if (!project) {
      throw notFound(PROJECT);
    }
    if (project.version !== write.version) {
      throw staleVersion(project.version);
    }
    await saveProjectChange(
      tx,
      actor,
      { project, facts: factsFrom(write.after), changed: write.changed },
      reason,
    );
  }
}

/** Takes back applied project updates: the facts before, and the budget line and schedule before. */
export const undoProjectWrites: StagedUndo<ProjectWrite> = async (tx, { from, to, items }, job) => {
  const reason = `import ${job.id} undone`;
  for (const write of items) {
    const [current] = await tx.select().from(projects).where(eq(projects.id, write.projectId)).for('update');
    if (!current) {
      continue;
    }
    const facts = factsFrom(write.before);
    await tx
      .update(projects)
      .set({
        ...facts,
        searchTokens: projectSearchDocument(current.code, facts.title, facts.objective),
        // Only the import changed it since: the version before the import is current again.
        version: current.version === write.version + 1 ? write.version : current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(projects.id, write.projectId));
    await recordAudit(tx, job.createdBy ? { userId: job.createdBy } : null, {
      entityType: 'project',
      entityId: write.projectId,
      action: 'update',
      before: auditable(factsOf(current)),
      after: write.before,
      reason,
      provinceCode: current.provinceCode,
    });
  }
  // The import changes a budget line's amount (or adds the first line) and replaces a schedule of at most one year.
  const staged = stagedRows(job.id, from, to);
  const amountChanged = sql`p->'changed' ? 'total_baht'`;
  await tx.execute(sql`
    delete from project_budget_lines l using ${staged}
    where ${amountChanged} and l.project_id = (p->>'projectId')::uuid and jsonb_array_length(p->'lines') = 0`);
  await tx.execute(sql`
    update project_budget_lines l set amount_satang = (p->'lines'->0->>'amount_satang')::bigint from ${staged}
    where ${amountChanged} and l.id = (p->'lines'->0->>'id')::uuid`);
  await tx.execute(sql`
    delete from project_schedule s using ${staged}
    where ${amountChanged} and s.project_id = (p->>'projectId')::uuid and jsonb_array_length(p->'schedule') <= 1`);
  await tx.execute(sql`
    insert into project_schedule
    select (jsonb_populate_recordset(null::project_schedule, p->'schedule')).*
    from ${staged} where ${amountChanged} and jsonb_array_length(p->'schedule') = 1`);
};

/** Saves the checked changes all or nothing per job, in short batches as the actor (see `writeInBatches`). */
export async function saveProjectWrites(context: JobContext, actor: Actor, writes: readonly ProjectWrite[]) {
  const { job, database } = context;
  await writeInBatches(context, writes, {
    enrich: withMoneyRows,
    transaction: (work) => inActorTransaction(database, actor, work),
    apply: (tx, { items }) => applyProjectWrites(tx, actor, items, `import ${job.id}`),
    undo: undoProjectWrites,
  });
}
