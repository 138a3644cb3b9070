import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  indicatorInputSchema,
  type Indicator,
  type IndicatorInput,
} from '../../../domain/indicators/catalogue.js';
import type { Items } from '../../../domain/common/paging.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, staleVersion } from '../../platform/http/errors.js';
import { presentIndicator } from './presenter.js';
import { indicators } from './tables.js';

export const INDICATOR_WORDS = { th: 'ตัวชี้วัด', en: 'Indicator' };

const columnsOf = (input: IndicatorInput) => {
  const parsed = indicatorInputSchema.parse(input);
  return {
    ...parsed,
    sourceName: parsed.sourceName ?? null,
    dimension: parsed.dimension ?? null,
    defaultTarget: parsed.defaultTarget ?? null,
    sinceYear: parsed.sinceYear ?? null,
  };
};

/** Adds an indicator unless one has its code; returns the id of the one stored. */
export async function ensureIndicator(tx: Queryable, input: IndicatorInput, isDemo = false): Promise<string> {
  const columns = columnsOf(input);
  await tx
    .insert(indicators)
    .values({ ...columns, isDemo })
    .onConflictDoNothing({ target: indicators.code });
  const [row] = await tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.code, columns.code));
  if (!row) {
    throw notFound(INDICATOR_WORDS);
  }
  return row.id;
}

/** The whole catalogue, by source then code. */
export async function listIndicators(deps: DatabaseDeps, actor: Actor): Promise<Items<Indicator>> {
  authorize(actor, 'indicator.read');
  const rows = await inActorReadTransaction(deps.database, actor, (tx) =>
    tx.select().from(indicators).orderBy(asc(indicators.source), asc(indicators.code)),
  );
  return { items: rows.map(presentIndicator) };
}

/** One indicator, or 404. */
export async function findIndicator(tx: Queryable, id: string) {
  const [row] = await tx.select().from(indicators).where(eq(indicators.id, id));
  if (!row) {
    throw notFound(INDICATOR_WORDS);
  }
  return row;
}

/** An administrator adds an indicator (or a source of their own). */
export async function createIndicator(
  deps: DatabaseDeps,
  actor: Actor,
  input: IndicatorInput,
): Promise<Indicator> {
  authorize(actor, 'indicator.configure');
  const columns = columnsOf(input);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx.insert(indicators).values(columns).onConflictDoNothing().returning();
    if (!row) {
      throw conflict({
        th: `มีตัวชี้วัดรหัส ${columns.code} แล้ว`,
        en: `An indicator with code ${columns.code} exists`,
      });
    }
    await recordAudit(tx, actor, {
      entityType: 'indicator',
      entityId: row.id,
      action: 'create',
      after: columns,
    });
    return presentIndicator(row);
  });
}

/**
 * An administrator corrects an indicator (its title, or marks it verified). A new aggregation rule
 * or scale recomputes every stored roll-up of the indicator in the same transaction.
 */
export async function updateIndicator(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  version: number,
  input: IndicatorInput,
): Promise<Indicator> {
  authorize(actor, 'indicator.configure');
  const columns = columnsOf(input);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const before = await findIndicator(tx, id);
    if (before.version !== version) {
      throw staleVersion(before.version);
    }
    const [row] = await tx
      .update(indicators)
      .set({ ...columns, version: before.version + 1, updatedAt: new Date() })
      .where(eq(indicators.id, id))
      .returning();
    if (!row) {
      throw notFound(INDICATOR_WORDS);
    }
    if (before.aggregation !== row.aggregation || before.ratioScale !== row.ratioScale) {
      await tx.execute(sql`
        select indicator_rollup_recompute(indicator_id, year, province_code)
        from (select distinct indicator_id, year, province_code from indicator_values where indicator_id = ${id}) touched`);
    }
    await recordAudit(tx, actor, {
      entityType: 'indicator',
      entityId: id,
      action: 'update',
      before,
      after: row,
    });
    return presentIndicator(row);
  });
}
