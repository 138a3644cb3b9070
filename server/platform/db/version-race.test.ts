import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.js';
import type { Database } from './client.js';
import { lostVersionRace } from './version-race.js';

const notes = pgTable('race_notes', { id: text('id').primaryKey(), version: integer('version').notNull() });
const NOTE = { th: 'บันทึก', en: 'Note' };

let database: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ database, dispose } = await openTestDatabase());
  await database.db.execute(sql`create table race_notes (id text primary key, version int not null)`);
  await database.db.insert(notes).values({ id: 'kept', version: 7 });
});
afterAll(() => dispose());

describe('the answer to a write that lost its version race', () => {
  it('is 412 with the version the row has now', async () => {
    const error = await lostVersionRace(database.db, notes, 'kept', NOTE);
    expect(error.status).toBe(412);
    expect(error.extra).toEqual({ currentVersion: 7 });
    expect(error.messages.en).toContain('current version 7');
  });

  it('is 404 naming the record in both languages when the row is gone', async () => {
    const error = await lostVersionRace(database.db, notes, 'removed', NOTE);
    expect(error.status).toBe(404);
    expect(error.messages).toEqual({ th: 'ไม่พบบันทึก', en: 'Note not found' });
  });
});
