import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The directory of PostgreSQL's client programs: AREAPLAN_PG_BIN, else the newest
 * /usr/lib/postgresql/<version>/bin (Debian), else whatever is on PATH.
 */
export function pgBinary(name: 'pg_dump' | 'pg_restore' | 'initdb' | 'pg_ctl'): string {
  const configured = process.env.AREAPLAN_PG_BIN;
  if (configured) {
    return join(configured, name);
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((entry) => /^\d+$/.test(entry) && existsSync(join(debianRoot, entry, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) {
      return join(debianRoot, versions[0], 'bin', name);
    }
  }
  return name;
}

/** Runs a PostgreSQL program, failing with its own error text. */
export function runPgTool(name: Parameters<typeof pgBinary>[0], args: string[]): string {
  try {
    return execFileSync(pgBinary(name), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${name} failed: ${stderr.trim() || (error as Error).message}`, { cause: error });
  }
}
