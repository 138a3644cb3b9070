import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { VillageRow } from '../../../domain/areas/village-import.js';
import { changedFields } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { areaSearchDocument } from './service.js';
import { areas } from './tables.js';

const CHUNK = 500;

type StagedVillage = {
  code: string;
  parentCode: string;
  provinceCode: string;
  nameTh: string;
  nameEn: string | null;
  searchTokens: string;
  /** Set only for rows that create or change a village. */
  audit: { action: 'create' | 'update'; changes: Record<string, unknown> } | null;
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
      });
    }
  }
  return prepared;
}

/**
 * Saves checked village rows all or nothing without one long transaction: the rows go to the job's
 * staging area in small batches (other requests run in between), then one short transaction applies
 * them with two set-based statements. Row-level security still checks each village as the actor.
 */
export async function saveVillages(context: JobContext, actor: Actor, rows: readonly VillageRow[]) {
  const { job, database } = context;
  const prepared = await prepare(database.db, rows);
  await context.stage(prepared.filter((village) => village.audit !== null));
  const reason = `import ${job.id}`;
  const [counts] = await inActorTransaction(database, actor, async (tx) => {
    await tx.execute(sql`
      insert into areas (code, level, parent_code, province_code, name_th, name_en, search_tokens)
      select p->>'code', 'village', p->>'parentCode', p->>'provinceCode', p->>'nameTh', p->>'nameEn',
             (p->>'searchTokens')::tsvector
      from (select payload as p from job_staging where job_id = ${job.id}) staged
      on conflict (code) do update set
        name_th = excluded.name_th,
        name_en = excluded.name_en,
        search_tokens = excluded.search_tokens,
        version = areas.version + 1,
        updated_at = now()`);
    return selectRows<{ inserted: number; updated: number }>(
      tx,
      sql`with written as (
        insert into audit_events (actor_user_id, entity_type, entity_id, action, changes, reason, province_code)
        select ${actor.userId}::uuid, 'area', p->>'code', p->'audit'->>'action', p->'audit'->'changes',
               ${reason}, p->>'provinceCode'
        from (select payload as p from job_staging where job_id = ${job.id}) staged
        returning action)
      select count(*) filter (where action = 'create')::int as inserted,
             count(*) filter (where action = 'update')::int as updated
      from written`,
    );
  });
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}
