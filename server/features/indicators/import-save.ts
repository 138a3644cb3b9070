import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { IndicatorValue } from '../../../domain/indicators/value-rows.js';
import { selectRows, type Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { stagedRows, writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';

/** The figure stored before the import (to put back on undo), added in the database while staging; null when new. */
const withBeforeImage = (item: SQL) => sql`${item} || jsonb_build_object('before', (
  select jsonb_build_object('value', v.value, 'numerator', v.numerator, 'denominator', v.denominator, 'jobId', v.job_id)
  from indicator_values v
  where v.indicator_id = (${item}->>'indicatorId')::uuid and v.year = (${item}->>'year')::int
    and v.area_code = ${item}->>'areaCode'))`;

const figure = (path: SQL, name: string) => sql`(${path}->>${name})::double precision`;

async function applyBatch(tx: Tx, jobId: string, from: number, to: number): Promise<void> {
  await tx.execute(sql`
    insert into indicator_values (indicator_id, year, area_code, province_code, level, value, numerator, denominator, job_id, updated_at)
    select (p->>'indicatorId')::uuid, (p->>'year')::int, p->>'areaCode', p->>'provinceCode', p->>'level',
           ${figure(sql`p`, 'value')}, ${figure(sql`p`, 'numerator')}, ${figure(sql`p`, 'denominator')}, ${jobId}::uuid, now()
    from ${stagedRows(jobId, from, to)}
    on conflict (indicator_id, year, area_code) do update set
      value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
      job_id = excluded.job_id, updated_at = now()`);
}

/** Undoes applied figures: removes the new ones, puts back the ones they replaced (one statement each, so roll-ups follow). */
export const undoIndicatorValues: StagedUndo<IndicatorValue> = async (tx, { from, to }, job) => {
  await tx.execute(sql`
    delete from indicator_values v using ${stagedRows(job.id, from, to)}
    where p->'before' = 'null'::jsonb and v.indicator_id = (p->>'indicatorId')::uuid
      and v.year = (p->>'year')::int and v.area_code = p->>'areaCode'`);
  await tx.execute(sql`
    update indicator_values v set
      value = ${figure(sql`p->'before'`, 'value')},
      numerator = ${figure(sql`p->'before'`, 'numerator')},
      denominator = ${figure(sql`p->'before'`, 'denominator')},
      job_id = (p->'before'->>'jobId')::uuid,
      updated_at = now()
    from ${stagedRows(job.id, from, to)}
    where p->'before' <> 'null'::jsonb and v.indicator_id = (p->>'indicatorId')::uuid
      and v.year = (p->>'year')::int and v.area_code = p->>'areaCode'`);
};

/**
 * Saves checked figures all or nothing per job in short batches (`writeInBatches`); row-level
 * security checks each province as the actor, and the roll-up triggers follow every batch.
 */
export async function saveIndicatorValues(
  context: JobContext,
  actor: Actor,
  values: readonly IndicatorValue[],
) {
  await writeInBatches(context, values, {
    enrich: withBeforeImage,
    transaction: (work) => inActorTransaction(context.database, actor, work),
    apply: (tx, { from, to }) => applyBatch(tx, context.job.id, from, to),
    undo: undoIndicatorValues,
  });
  // The staged rows remember whether a figure was there before: new figures versus replaced ones.
  const [counts] = await selectRows<{ inserted: number; updated: number }>(
    context.database.db,
    sql`select count(*) filter (where p->'before' = 'null'::jsonb)::int as inserted,
               count(*) filter (where p->'before' <> 'null'::jsonb)::int as updated
        from ${stagedRows(context.job.id, 0, values.length)}`,
  );
  return counts ?? { inserted: 0, updated: 0 };
}
