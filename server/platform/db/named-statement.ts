import { createHash } from 'node:crypto';
import { sql, type Placeholder } from 'drizzle-orm';

/**
 * A LIMIT written into the statement's text instead of sent as `$n`. With an unknown limit
 * PostgreSQL's generic plan assumes a tenth of the rows, costs far above the custom plans, and so a
 * prepared statement is planned anew on every call; with a literal it keeps its cached generic plan.
 * drizzle's `limit()` writes an SQL chunk as it is (its type admits only a number or a placeholder).
 */
export function literalLimit(limit: number): Placeholder {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new Error(`a literal limit must be a whole number ≥ 0, not ${limit}`);
  }
  return sql.raw(String(limit)) as unknown as Placeholder;
}

type Preparable<T> = { toSQL(): { sql: string }; prepare(name: string): { execute(): Promise<T> } };

/**
 * Runs a built query as a named (prepared) statement on PostgreSQL, named by a hash of its text, so
 * each pooled connection parses it once and PostgreSQL can reuse its plan; PGlite ignores the name.
 * Only for texts of a bounded number of shapes: every distinct text stays prepared per connection.
 */
export function executeNamed<T>(query: Preparable<T>): Promise<T> {
  const digest = createHash('sha256').update(query.toSQL().sql).digest('base64url');
  return query.prepare(`q_${digest.slice(0, 24)}`).execute();
}
