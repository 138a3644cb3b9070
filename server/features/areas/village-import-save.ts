import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { VillageRow } from '../../../domain/areas/village-import.js';
import { selectRows, type Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { mapInSlices } from '../../platform/jobs/slices.js';
import { stagedRows, writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';
import { areaSearchDocument } from './service.js';

/**
 * A village as staged. While staging, the database adds `before` (the current names, to undo a
 * rename; null for a new village) and `audit` ({action, changes}; null when nothing changes).
 */
export type StagedVillage = {
  code: string;
  parentCode: string;
  provinceCode: string;
  nameTh: string;
  nameEn: string | null;
  searchTokens: string;
};

/** Before-image and audit entry from the current row, built in the database rather than on the event loop. */
const withBeforeImage = (item: SQL) => sql`${item} || (
  select jsonb_build_object(
    'before', case when a.code is not null then jsonb_build_object(
      'nameTh', a.name_th, 'nameEn', a.name_en, 'searchTokens', a.search_tokens::text) end,
    'audit', case when a.code is null or a.name_th is distinct from n.name_th or a.name_en is distinct from n.name_en
      then jsonb_build_object(
        'action', case when a.code is null then 'create' else 'update' end,
        'changes', jsonb_strip_nulls(jsonb_build_object(
          'nameTh', case when a.name_th is distinct from n.name_th then jsonb_build_array(a.name_th, n.name_th) end,
          'nameEn', case when a.name_en is distinct from n.name_en then jsonb_build_array(a.name_en, n.name_en) end)))
      end)
  from (select ${item}->>'code' as code, ${item}->>'nameTh' as name_th, ${item}->>'nameEn' as name_en) n
  left join areas a on a.code = n.code)`;

/** Staged villages of a range that create or rename a village. */
const changedRows = (jobId: string, from: number, to: number) =>
  sql`${stagedRows(jobId, from, to)} where p->'audit'->>'action' is not null`;

async function applyBatch(tx: Tx, actor: Actor, jobId: string, from: number, to: number): Promise<void> {
  await tx.execute(sql`
    insert into areas (code, level, parent_code, province_code, name_th, name_en, search_tokens)
    select p->>'code', 'village', p->>'parentCode', p->>'provinceCode', p->>'nameTh', p->>'nameEn',
           (p->>'searchTokens')::tsvector
    from ${changedRows(jobId, from, to)}
    on conflict (code) do update set
      name_th = excluded.name_th,
      name_en = excluded.name_en,
      search_tokens = excluded.search_tokens,
      version = areas.version + 1,
      updated_at = now()`);
  await tx.execute(sql`
    insert into audit_events (actor_user_id, entity_type, entity_id, action, changes, reason, province_code)
    select ${actor.userId}::uuid, 'area', p->>'code', p->'audit'->>'action', p->'audit'->'changes',
           ${`import ${jobId}`}, p->>'provinceCode'
    from ${changedRows(jobId, from, to)}`);
}

/** Undoes applied villages: removes the ones the job created, restores the names of renamed ones. */
export const undoVillages: StagedUndo<StagedVillage> = async (tx, { from, to }, job) => {
  await tx.execute(sql`
    delete from areas a using ${stagedRows(job.id, from, to)}
    where a.code = p->>'code' and p->'audit'->>'action' = 'create'`);
  await tx.execute(sql`
    update areas a set
      name_th = p->'before'->>'nameTh',
      name_en = p->'before'->>'nameEn',
      search_tokens = (p->'before'->>'searchTokens')::tsvector,
      version = a.version + 1,
      updated_at = now()
    from ${stagedRows(job.id, from, to)}
    where a.code = p->>'code' and p->'audit'->>'action' = 'update'`);
  await tx.execute(sql`
    insert into audit_events (actor_user_id, entity_type, entity_id, action, changes, reason, province_code)
    select ${job.createdBy}::uuid, 'area', p->>'code', case when p->'audit'->>'action' = 'create' then 'delete' else 'update' end,
           '{}'::jsonb, ${`import ${job.id} undone`}, p->>'provinceCode'
    from ${changedRows(job.id, from, to)}`);
};

/** How many staged villages of the job were new or renamed. */
async function countChanges(context: JobContext) {
  const [counts] = await selectRows<{ inserted: number; updated: number }>(
    context.database.db,
    sql`select count(*) filter (where payload->'audit'->>'action' = 'create')::int as inserted,
               count(*) filter (where payload->'audit'->>'action' = 'update')::int as updated
        from job_staging where job_id = ${context.job.id}`,
  );
  return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0 };
}

/**
 * Saves checked village rows all or nothing per job in short batches (`writeInBatches`); row-level
 * security checks each village as the actor.
 */
export async function saveVillages(context: JobContext, actor: Actor, rows: readonly VillageRow[]) {
  const { job, database } = context;
  const villages = await mapInSlices(rows, (row): StagedVillage => {
    const code = row.code.trim();
    const names = { nameTh: row.nameTh.trim(), nameEn: row.nameEn.trim() || null };
    const searchTokens = areaSearchDocument(names.nameTh, names.nameEn);
    return { code, parentCode: code.slice(0, 6), provinceCode: code.slice(0, 2), ...names, searchTokens };
  });
  await writeInBatches(context, villages, {
    enrich: withBeforeImage,
    transaction: (work) => inActorTransaction(database, actor, work),
    apply: (tx, { from, to }) => applyBatch(tx, actor, job.id, from, to),
    undo: undoVillages,
  });
  const { inserted, updated } = await countChanges(context);
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}
