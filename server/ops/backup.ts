import { existsSync, readdirSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, PGLITE_EXTENSIONS } from '../platform/db/client.js';
import {
  rowLevelSecurityStatus,
  type RowLevelSecurityStatus,
} from '../features/health/row-level-security.js';
import { runPgTool } from './pg-tools.js';

export type Target = { databaseUrl: string } | { dataDir: string };

/**
 * Writes a backup of the database: a gzip tarball of the embedded data folder (the server must be
 * stopped: PGlite is single-process), or a pg_dump custom-format archive of the PostgreSQL database.
 */
export async function backup(target: Target, file: string): Promise<void> {
  if ('databaseUrl' in target) {
    runPgTool('pg_dump', ['--format=custom', '--file', file, '--dbname', target.databaseUrl]);
    return;
  }
  const client = await PGlite.create(target.dataDir, { extensions: PGLITE_EXTENSIONS });
  try {
    const dump = await client.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/**
 * Restores a backup into an empty target and checks that row-level security came back whole. For
 * PostgreSQL the `areaplan_app` role is cluster-wide, so a dump does not carry it: it is created (and
 * granted to the restoring user) first, so the dump's grants and policies restore; default privileges
 * are skipped (they name the old owner) and set again for the restoring user.
 */
export async function restore(file: string, target: Target): Promise<RowLevelSecurityStatus> {
  if ('databaseUrl' in target) {
    await prepareAppRole(target.databaseUrl);
    const listFile = `${file}.list`;
    const contents = runPgTool('pg_restore', ['--list', file])
      .split('\n')
      .filter((line) => !line.includes(' DEFAULT ACL '))
      .join('\n');
    await writeFile(listFile, contents);
    try {
      runPgTool('pg_restore', [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '--use-list',
        listFile,
        '--dbname',
        target.databaseUrl,
        file,
      ]);
    } finally {
      await unlink(listFile);
    }
    await setDefaultPrivileges(target.databaseUrl);
  } else {
    if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
      throw new Error(
        `${target.dataDir} is not empty; restore into a new folder, then point AREAPLAN_DATA_DIR at it`,
      );
    }
    const archive = new Blob([await readFile(file)]);
    const client = await PGlite.create(target.dataDir, {
      extensions: PGLITE_EXTENSIONS,
      loadDataDir: archive,
    });
    await client.close();
  }
  const database = await openDatabase(
    'databaseUrl' in target ? { url: target.databaseUrl } : { dataDir: target.dataDir },
  );
  try {
    return await rowLevelSecurityStatus(database);
  } finally {
    await database.close();
  }
}

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function prepareAppRole(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`,
    );
    if (Number(rows[0]?.count ?? 0) > 0) {
      throw new Error('the target database is not empty; create a new database and restore into it');
    }
    await client.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'areaplan_app') then create role areaplan_app nologin; end if;
      if not pg_has_role(current_user, 'areaplan_app', 'MEMBER') then execute format('grant areaplan_app to %I', current_user); end if;
      -- The public read path's role (open data and the portal), cluster-wide like areaplan_app.
      if not exists (select 1 from pg_roles where rolname = 'areaplan_public') then create role areaplan_public nologin; end if;
      if not pg_has_role(current_user, 'areaplan_public', 'MEMBER') then execute format('grant areaplan_public to %I', current_user); end if;
    end $$`);
  });
}

async function setDefaultPrivileges(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      'alter default privileges in schema public grant select, insert, update, delete on tables to areaplan_app',
    );
    await client.query(
      'alter default privileges in schema public grant usage, select on sequences to areaplan_app',
    );
  });
}
