// npm run bench:generate -- --scale province|national [--seed N]
//   [--only projects|indicators|assets]
// Synthetic needs, plans, then projects with budget stages and monthly spending, then the assets the
// delivered projects handed over, on the real area tree, bulk-loaded into DATABASE_URL (PostgreSQL)
// or, without it, into a PGlite directory (BENCH_DATA_DIR, default .bench/pglite; province scale
// only). --only projects (or indicators, assets) reloads that part alone (projects reload their assets).
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
import { BENCH_PROVINCE, NATIONAL_ASSETS, NATIONAL_NEEDS, NATIONAL_PROJECTS } from './generate/constants.js';
import { loadAssets } from './generate/load-assets.js';
import { loadProjects, projectPlaceParts } from './generate/load-projects.js';
import { loadIndicators, NATIONAL_VILLAGES } from './generate/indicators.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const scale = values.scale;
if (scale !== 'province' && scale !== 'national') {
  throw new Error('--scale must be province or national');
}
const only = values.only;
if (only !== undefined && only !== 'projects' && only !== 'indicators' && only !== 'assets') {
  throw new Error('--only takes projects, indicators or assets');
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
  /** `total` split evenly over the chosen provinces at national scale, the last taking the remainder. */
  const countsOf = (total: number) => {
    const each = Math.round(total / provinces.length);
    return chosen.map((_, index) =>
      scale === 'national' && index === chosen.length - 1 ? total - each * (chosen.length - 1) : each,
    );
  };
  const subdistrictsOf = (provinceCode: string) =>
    subdistricts.filter((row) => row.province_code === provinceCode);
  if (only === undefined) {
    const needCounts = countsOf(NATIONAL_NEEDS);
    const shares: ProvinceShare[] = chosen.map((provinceCode, index) => ({
      provinceCode,
      subdistricts: subdistrictsOf(provinceCode),
      count: needCounts[index] ?? 0,
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
  }
  if (only === undefined || only === 'indicators') {
    const chosenSubdistricts = chosen.flatMap(subdistrictsOf);
    const villageCount =
      scale === 'national'
        ? NATIONAL_VILLAGES
        : Math.round((NATIONAL_VILLAGES * chosenSubdistricts.length) / subdistricts.length);
    await loadIndicators(target, chosenSubdistricts, villageCount, seed, log);
  }
  if (only === undefined || only === 'projects') {
    const partsOf = await projectPlaceParts(target);
    const projectCounts = countsOf(NATIONAL_PROJECTS);
    const projectsStarted = performance.now();
    await loadProjects(
      target,
      chosen.map((provinceCode, index) => ({
        place: { provinceCode, subdistricts: subdistrictsOf(provinceCode), ...partsOf(provinceCode) },
        count: projectCounts[index] ?? 0,
      })),
      seed,
      log,
    );
    log(`projects, stages and spending in ${((performance.now() - projectsStarted) / 1000).toFixed(1)} s`);
  }
  if (only === undefined || only === 'projects' || only === 'assets') {
    const assetCount = countsOf(NATIONAL_ASSETS).reduce((sum, count) => sum + count, 0);
    await loadAssets(target, assetCount, seed, log);
  }
} finally {
  await target.release();
  await database.close();
}
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
