import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../features/index.js';
import { openDatabase, selectRows, type Database } from '../../platform/db/client.js';
import { activateFeatures } from '../../platform/feature.js';
import { JobRunner } from '../../platform/jobs/runner.js';

const ROWS = 300;

/** A fresh PGlite folder, or a new database on the TEST_DATABASE_URL server; both removed after. */
async function freshTarget(): Promise<{ location: string; remove: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'areaplan-kill-'));
    return { location: folder, remove: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `areaplan_kill_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { location: url.toString(), remove: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Runs the victim process until it dies; its output lines and how it ended. */
function runVictim(location: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/test/kill/import-victim.ts', location, String(ROWS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise<{ lines: string[]; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (_code, signal) => resolve({ lines: output.split('\n'), signal })),
  );
}

/** Runs the job runner alone until the job has ended: it takes the job back once the dead holder's lease expired. */
async function settle(database: Database, jobId: string) {
  const jobs = new JobRunner(database, { leaseSeconds: 2, pollSeconds: 0.5 });
  activateFeatures(FEATURES, jobs);
  await jobs.start();
  try {
    for (let tries = 0; tries < 100; tries += 1) {
      const [job] = await selectRows<{ status: string }>(
        database.db,
        sql`select status from jobs where id = ${jobId}`,
      );
      if (job?.status === 'succeeded' || job?.status === 'failed') {
        return job.status;
      }
      await sleep(300);
    }
    return 'unsettled';
  } finally {
    await jobs.stop();
  }
}

describe('kill -9 during an import', () => {
  it('leaves the import all or nothing, loses no acknowledged write, and the database opens again', async () => {
    const target = await freshTarget();
    try {
      const { lines, signal } = await runVictim(target.location);
      expect(
        lines.find((line) => line.startsWith('kill at')),
        lines.join('\n'),
      ).toBeDefined();
      expect(signal).toBe('SIGKILL');
      const jobId = lines.find((line) => line.startsWith('job '))?.slice(4) ?? '';
      const acknowledged = lines.filter((line) => line.startsWith('ack ')).map((line) => line.slice(4));

      const database = await openDatabase(
        target.location.startsWith('postgres') ? { url: target.location } : { dataDir: target.location },
      );
      try {
        const status = await settle(database, jobId);
        expect(['succeeded', 'failed']).toContain(status);
        const [imported] = await selectRows<{ count: number }>(
          database.db,
          sql`select count(*)::int as count from needs where title like 'นำเข้าก่อนถูกหยุด %'`,
        );
        expect(imported?.count).toBe(status === 'succeeded' ? ROWS : 0);
        const [kept] = await selectRows<{ count: number }>(
          database.db,
          sql`select count(*)::int as count from needs where id = any(${sql.param(acknowledged)}::uuid[])`,
        );
        expect(acknowledged.length).toBeGreaterThan(0);
        expect(kept?.count).toBe(acknowledged.length);
      } finally {
        await database.close();
      }
    } finally {
      await target.remove();
    }
    // A child process start (module load, migrations) takes 5-60 s on a busy shared machine.
  }, 180_000);
});
