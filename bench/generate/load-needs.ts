// Bulk-loads generated needs the fast way: secondary indexes and triggers off, COPY, then rebuild.
import { loadWithoutIndexes, type BulkTarget } from './bulk-target.js';
import { copyLine, NEED_COPY_COLUMNS, needCells } from './copy-text.js';
import { provinceNeeds, type Subdistrict } from './need-rows.js';

export type ProvinceShare = { provinceCode: string; subdistricts: Subdistrict[]; count: number };

const NEED_TABLES = ['need_rollups', 'need_attachments', 'need_sources', 'need_counters', 'needs'];

function* copyChunks(shares: readonly ProvinceShare[], dimensionIds: readonly number[], seed: number) {
  for (const share of shares) {
    const rows = provinceNeeds(share.provinceCode, share.subdistricts, dimensionIds, share.count, seed);
    yield rows.map((row) => copyLine(needCells(row))).join('');
  }
}

/**
 * Replaces every need with the generated ones, then fills what the app would have written alongside:
 * one source row per need (moved to the target for merged needs), the running-number counters and the
 * roll-ups. Needs the owner to be a superuser (foreign-key triggers are switched off during COPY).
 */
export async function loadNeeds(
  target: BulkTarget,
  shares: readonly ProvinceShare[],
  dimensionIds: readonly number[],
  seed: number,
  log: (message: string) => void,
): Promise<void> {
  await target.query(`truncate ${NEED_TABLES.join(', ')} cascade`);
  let started = performance.now();
  await loadWithoutIndexes(target, 'needs', { userTriggers: false }, () =>
    target.copy('needs', NEED_COPY_COLUMNS, copyChunks(shares, dimensionIds, seed)),
  );
  log(`copy needs and rebuild indexes: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await target.query('alter table need_sources disable trigger all');
  await target.query(`insert into need_sources (need_id, province_code, from_need_id, origin, source_document, source_date, households, people, created_at)
    select coalesce(merged_into_id, id), province_code, id, origin, source_document, source_date, households, people, created_at from needs`);
  await target.query('alter table need_sources enable trigger all');
  await target.query(`insert into need_counters (province_code, fiscal_year, last_no)
    select province_code, fiscal_year, count(*) from needs group by 1, 2`);
  await target.query('select need_rollups_rebuild()');
  await target.query('analyze needs');
  await target.query('analyze need_sources');
  await target.query('analyze need_rollups');
  log(`sources, counters, roll-ups, analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
