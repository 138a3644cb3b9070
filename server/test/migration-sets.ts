import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of a migration folder holding only its first `count` migrations, as an older checkout had it. */
export function firstMigrationsOf(folder: string, count: number): string {
  const copy = mkdtempSync(join(tmpdir(), 'areaplan-migrations-'));
  mkdirSync(join(copy, 'meta'));
  const journal = journalOf(folder);
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(join(copy, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries) {
    copyFileSync(join(folder, `${tag}.sql`), join(copy, `${tag}.sql`));
  }
  return copy;
}

/** How many migrations a set's journal lists today. */
export function migrationCountOf(folder: string): number {
  return journalOf(folder).entries.length;
}

function journalOf(folder: string): { entries: { tag: string }[] } {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
}
