// Bulk-loads generated assets and their events through COPY, with the app's roll-up triggers on so
// asset_rollups (and any other roll-up over assets) comes out as registering them in the app would.
import { HANDOVER_PROJECT_STATUSES } from '../../domain/assets/asset.js';
import { loadWithoutIndexes, type BulkTarget } from './bulk-target.js';
import { copyChunks } from './copy-text.js';
import {
  ASSET_COLUMNS,
  ASSET_EVENT_COLUMNS,
  generateAssets,
  type DeliveredProject,
  type GeneratedAsset,
} from './asset-rows.js';

/** Replaces every asset with `count` generated ones, dealt round the delivered projects of an asset category. */
export async function loadAssets(
  target: BulkTarget,
  count: number,
  seed: number,
  log: (message: string) => void,
): Promise<void> {
  const statuses = HANDOVER_PROJECT_STATUSES.map((status) => `'${status}'`).join(', ');
  const projects = await target.query<DeliveredProject>(
    `select p.id, p.province_code, p.cluster_id, p.fiscal_year, p.code, l.category, l.description,
        l.amount_satang::text as total_satang, p.implementing_agency_id as agency_id,
        loc.area_code, a.name_th as area_name, a.lat, a.lon
      from projects p
      join project_budget_lines l on l.project_id = p.id and l.line_no = 1
      join project_locations loc on loc.project_id = p.id
      join areas a on a.code = loc.area_code
      where p.status in (${statuses}) and l.category in ('equipment', 'vehicle', 'construction', 'land')
      order by p.code`,
  );
  await target.query('truncate assets, asset_rollups cascade');
  const assets = generateAssets(projects, count, seed);
  const tables = [
    { table: 'assets', columns: ASSET_COLUMNS, cellsOf: (row: GeneratedAsset) => [row.asset] },
    { table: 'asset_events', columns: ASSET_EVENT_COLUMNS, cellsOf: (row: GeneratedAsset) => row.events },
  ];
  for (const { table, columns, cellsOf } of tables) {
    const started = performance.now();
    await loadWithoutIndexes(target, table, { userTriggers: true }, () =>
      target.copy(table, columns, copyChunks(assets, cellsOf)),
    );
    const [{ rows = 0 } = {}] = await target.query<{ rows: number }>(
      `select count(*)::int as rows from ${table}`,
    );
    log(
      `${table}: ${rows.toLocaleString('en')} rows from ${projects.length.toLocaleString('en')} delivered projects in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await target.query(`analyze ${table}`);
  }
  // The roll-up is kept by the app's statement triggers during COPY; a load that bypassed them shows here.
  const [sums] = await target.query<{ equal: boolean }>(
    `select (select count(*) from assets) = (select coalesce(sum(assets), 0) from asset_rollups)
      and (select coalesce(sum(value_satang), 0) from assets)
        = (select coalesce(sum(value_satang), 0) from asset_rollups) as equal`,
  );
  if (!sums?.equal) {
    throw new Error('asset_rollups do not sum to the loaded assets');
  }
  await target.query('analyze asset_rollups');
}
