// npm run bench:generate -- --scale province|national [--seed N]
// Synthetic needs (and plans) on the real area tree, bulk-loaded into DATABASE_URL (PostgreSQL) or,
// without it, into a PGlite directory (BENCH_DATA_DIR, default .bench/pglite; province scale only).
import { parseArgs } from 'node:util';
import { seedAdministrator } from '../server/db/seed/accounts.js';
import { FEATURES } from '../server/features/index.js';
import { openDatabase } from '../server/platform/db/client.js';
import { runMigrations } from '../server/platform/db/migrations.js';
import { migrationSetsOf, seedFeatures } from '../server/platform/feature.js';
import { bulkTarget } from './generate/bulk-target.js';
import { loadNeeds, type ProvinceShare } from './generate/load-needs.js';
import { loadPlans } from './generate/load-plans.js';
import type { Subdistrict } from './generate/need-rows.js';
import { BENCH_PROVINCE, NATIONAL_NEEDS } from './generate/constants.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'province' }, seed: { type: 'string', default: '1' } },
});
const scale = values.scale;
if (scale !== 'province' && scale !== 'national') {
  throw new Error('--scale must be province or national');
}
const seed = Number(values.seed);
const url = process.env.DATABASE_URL;
if (scale === 'national' && !url) {
  throw new Error('national scale needs DATABASE_URL (a PostgreSQL server)');
}
const log = (message: string) => console.info(`[generate ${scale}] ${message}`);
const started = performance.now();
const database = await openDatabase(
  url ? { url } : { dataDir: process.env.BENCH_DATA_DIR ?? '.bench/pglite' },
);
await runMigrations(database, migrationSetsOf(FEATURES));
await seedFeatures(database, FEATURES, 'reference');
await seedAdministrator(database, { demo: true });
await seedFeatures(database, FEATURES, 'demoAccounts');
const target = await bulkTarget(database);
try {
  const provinces = await target.query<{ code: string }>(
    `select code from areas where level = 'province' and valid_to is null order by code`,
  );
  const subdistricts = await target.query<Subdistrict & { province_code: string }>(
    `select code, name_th as "nameTh", province_code from areas where level = 'subdistrict' and valid_to is null order by code`,
  );
  const dimensions = await target.query<{ id: number }>(
    'select id from need_dimensions where is_active order by sort_order',
  );
  const chosen = scale === 'national' ? provinces.map((row) => row.code) : [BENCH_PROVINCE];
  const perProvince = Math.round(NATIONAL_NEEDS / provinces.length);
  const shares: ProvinceShare[] = chosen.map((provinceCode, index) => ({
    provinceCode,
    subdistricts: subdistricts.filter((row) => row.province_code === provinceCode),
    count:
      scale === 'national' && index === chosen.length - 1
        ? NATIONAL_NEEDS - perProvince * (chosen.length - 1)
        : perProvince,
  }));
  log(
    `${shares.reduce((sum, share) => sum + share.count, 0)} needs over ${shares.length} province(s), seed ${seed}`,
  );
  await loadNeeds(
    target,
    shares,
    dimensions.map((row) => row.id),
    seed,
    log,
  );
  await loadPlans(database, scale === 'national' ? 'national' : [BENCH_PROVINCE], log);
} finally {
  await target.release();
  await database.close();
}
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
