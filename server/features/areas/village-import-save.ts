import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { VillageRow } from '../../../domain/areas/village-import.js';
import { changedFields } from '../../platform/audit/audit.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { stagedRows, writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';
import { areaSearchDocument } from './service.js';
import { areas } from './tables.js';

/** Rows per look-up: each chunk's Thai word breaking runs on the main thread between awaits. */
const CHUNK = 100;

export type StagedVillage = {
  code: string;
  parentCode: string;
  provinceCode: string;
  nameTh: string;
  nameEn: string | null;
  searchTokens: string;
  /** Set only for rows that create or change a village. */
  audit: { action: 'create' | 'update'; changes: Record<string, unknown> } | null;
  /** The names before the import, to undo it if a later batch fails. */
  before: { nameTh: string; nameEn: string | null; searchTokens: string } | null;
};

/** Turns checked rows into staged villages with their audit entries, reading current names in chunks. */
async function prepare(db: Db, rows: readonly VillageRow[]): Promise<StagedVillage[]> {
  const prepared: StagedVillage[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const existing = await db
      .select({ code: areas.code, nameTh: areas.nameTh, nameEn: areas.nameEn })
      .from(areas)
      .where(
        inArray(
          areas.code,
          chunk.map((row) => row.code.trim()),
        ),
      );
    const byCode = new Map(existing.map((area) => [area.code, area]));
    for (const row of chunk) {
      const code = row.code.trim();
      const names = { nameTh: row.nameTh.trim(), nameEn: row.nameEn.trim() || null };
      const before = byCode.get(code);
      const changes = changedFields(before ? { nameTh: before.nameTh, nameEn: before.nameEn } : null, names);
      const changed = !before || Object.keys(changes).length > 0;
      prepared.push({
        code,
        parentCode: code.slice(0, 6),
        provinceCode: code.slice(0, 2),
        ...names,
        searchTokens: areaSearchDocument(names.nameTh, names.nameEn),
        audit: changed ? { action: before ? 'update' : 'create', changes } : null,
        before: before
          ? {
              nameTh: before.nameTh,
              nameEn: before.nameEn,
              searchTokens: areaSearchDocument(before.nameTh, before.nameEn),
            }
          : null,
      });
    }
  }
  return prepared;
}

async function applyBatch(tx: Tx, actor: Actor, jobId: string, from: number, to: number): Promise<void> {
  await tx.execute(sql`
    insert into areas (code, level, parent_code, province_code, name_th, name_en, search_tokens)
    select p->>'code', 'village', p->>'parentCode', p->>'provinceCode', p->>'nameTh', p->>'nameEn',
           (p->>'searchTokens')::tsvector
    from ${stagedRows(jobId, from, to)}
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
    from ${stagedRows(jobId, from, to)}`);
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
    from ${stagedRows(job.id, from, to)}`);
};

/**
 * Saves checked village rows all or nothing per job in short batches (`writeInBatches`); row-level
 * security checks each village as the actor.
 */
export async function saveVillages(context: JobContext, actor: Actor, rows: readonly VillageRow[]) {
  const { job, database } = context;
  const changed = (await prepare(database.db, rows)).filter((village) => village.audit !== null);
  await writeInBatches(context, changed, {
    transaction: (work) => inActorTransaction(database, actor, work),
    apply: (tx, { from, to }) => applyBatch(tx, actor, job.id, from, to),
    undo: undoVillages,
  });
  const inserted = changed.filter((village) => village.audit?.action === 'create').length;
  const updated = changed.length - inserted;
  return { inserted, updated, unchanged: rows.length - changed.length };
}
