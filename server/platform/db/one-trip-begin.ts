import { PgDialect } from 'drizzle-orm/pg-core';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db, Tx } from './client.js';

const dialect = new PgDialect();

/** A setting's value as a quoted SQL literal (the settings travel without parameters, see below). */
export const settingLiteral = (value: string): string => pg.escapeLiteral(value);

/**
 * drizzle's transaction on a PostgreSQL pool, except that `begin` and the statement that follows it
 * (`opening`, literal SQL without parameters) travel as one simple query: one round trip fewer on
 * every request. Commit, rollback, savepoints (`tx.transaction`) and `tx.rollback()` behave as in
 * drizzle's own; a client whose commit or rollback failed is dropped, not returned to the pool.
 */
export async function transactionOpenedWith<T>(
  db: Db,
  opening: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  const tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, undefined), undefined);
  let broken: Error | undefined;
  try {
    await client.query(`begin; ${opening}`);
    const result = await work(tx as unknown as Tx);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
