import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { seedAdministrator } from '../../db/seed/accounts.js';
import { FEATURES } from '../../features/index.js';
import { dumpPgliteDataDir, openDatabase, type Database } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrations.js';
import { migrationSetsOf, seedFeatures } from '../../platform/feature.js';

/**
 * Where the test run's ready-made database lives (set by `global-setup.ts`): a PGlite data-dir
 * tarball, or a template database on the TEST_DATABASE_URL server. Without it each file builds its own.
 */
export const TEMPLATE_ENV = 'AREAPLAN_TEST_TEMPLATE';

/** What every API test file starts from: all migrations, reference data and the demo accounts. */
export async function migrateAndSeed(database: Database): Promise<void> {
  await runMigrations(database, migrationSetsOf(FEATURES));
  await seedFeatures(database, FEATURES, 'reference');
  await seedAdministrator(database, { demo: true });
  await seedFeatures(database, FEATURES, 'demoAccounts');
}

export function databaseUrlNamed(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Builds the migrated, seeded PGlite once and writes its data dir to `tarballPath`. */
export async function buildPgliteTemplate(tarballPath: string): Promise<void> {
  const database = await openDatabase({});
  try {
    await migrateAndSeed(database);
    await writeDataDir(database, tarballPath);
  } finally {
    await database.close();
  }
}

/** Builds the migrated, seeded template database on the server; answers its name. */
export async function buildServerTemplate(serverUrl: string): Promise<string> {
  const name = uniqueDatabaseName('areaplan_template');
  await onServer(serverUrl, `create database ${name}`);
  const database = await openDatabase({ url: databaseUrlNamed(serverUrl, name) });
  try {
    await migrateAndSeed(database);
  } finally {
    // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
    await database.close();
  }
  return name;
}

export async function writeDataDir(database: Database, tarballPath: string): Promise<void> {
  const tarball = await dumpPgliteDataDir(database);
  writeFileSync(tarballPath, Buffer.from(await tarball.arrayBuffer()));
}

/** A data dir tarball written by `writeDataDir`, for `loadDataDir`. */
export function readDataDir(tarballPath: string): Blob {
  return new Blob([readFileSync(tarballPath)]);
}
