import { and, eq, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import { provincesOf } from '../../../domain/auth/scope.js';
import { toSearchDocument } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { needCounters, needDimensions, needs } from './tables.js';

export const NEED = { th: 'ความต้องการ', en: 'Need' };

export type NeedRow = typeof needs.$inferSelect;

/**
 * Rows of a table with province_code and area_code inside an area: equality on the province (an index
 * serves it under row-level security, where LIKE cannot be used) plus the prefix below a province.
 */
export function inArea(columns: { provinceCode: SQLWrapper; areaCode: SQLWrapper }, areaCode: string): SQL {
  const province = sql`${columns.provinceCode} = ${areaCode.slice(0, 2)}`;
  return areaCode.length <= 2 ? province : sql`(${province} and ${columns.areaCode} like ${`${areaCode}%`})`;
}

/** The first wall: needs whose area lies in the actor's view scope. */
export function needsInViewScope(actor: Actor): SQL | undefined {
  const codes = actor.viewScope.areaCodes;
  if (actor.viewScope.all) {
    return undefined;
  }
  if (codes.length === 0) {
    return sql`false`;
  }
  if (codes.length === 1 && codes[0]) {
    return inArea(needs, codes[0]);
  }
  const provinces = sql`${needs.provinceCode} = any(${sql.param(provincesOf(actor.viewScope))}::text[])`;
  const finer = codes.filter((code) => code.length > 2);
  return finer.length === 0 ? provinces : and(provinces, or(...codes.map((code) => inArea(needs, code))));
}

/** Whether the actor may change needs in an area. */
export function canManageNeedIn(actor: Actor, areaCode: string): boolean {
  return decide(actor, 'need.manage', areaCode).allowed;
}

/** A need the actor may see, optionally locked for update; out of scope reads as not found. */
export async function loadVisibleNeed(
  tx: Queryable,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<NeedRow> {
  const query = tx.select().from(needs).where(eq(needs.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row || !decide(actor, 'need.read', row.areaCode).allowed) {
    throw notFound(NEED);
  }
  return row;
}

/** A need the actor may change: 404 when unseen, 403 when seen but outside the capture scope. */
export async function loadManageableNeed(tx: Queryable, actor: Actor, id: string): Promise<NeedRow> {
  const row = await loadVisibleNeed(tx, actor, id, { forUpdate: true });
  authorize(actor, 'need.manage', row.areaCode);
  return row;
}

/** Throws a field error unless the dimension exists (and is active, for new choices). */
export async function assertDimension(
  tx: Queryable,
  dimensionId: number,
  options: { allowInactive: boolean },
): Promise<void> {
  const [dimension] = await tx.select().from(needDimensions).where(eq(needDimensions.id, dimensionId));
  if (!dimension || (!dimension.isActive && !options.allowInactive)) {
    throw invalid([
      { path: 'dimensionId', message: { th: 'ไม่พบมิตินี้หรือมิติถูกยกเลิกแล้ว', en: 'Unknown or retired dimension' } },
    ]);
  }
}

/** Reserves `count` running numbers for a province and fiscal year; returns the first. */
export async function reserveRunningNumbers(
  tx: Queryable,
  provinceCode: string,
  fiscalYear: number,
  count: number,
): Promise<number> {
  const [counter] = await tx
    .insert(needCounters)
    .values({ provinceCode, fiscalYear, lastNo: count })
    .onConflictDoUpdate({
      target: [needCounters.provinceCode, needCounters.fiscalYear],
      set: { lastNo: sql`${needCounters.lastNo} + ${count}` },
    })
    .returning({ lastNo: needCounters.lastNo });
  if (!counter) {
    throw new Error('counter upsert returned no row');
  }
  return counter.lastNo - count + 1;
}

/** The search document stored for a need: its title and description, Thai segmented. */
export function needSearchDocument(title: string, description: string): string {
  return toSearchDocument(`${title} ${description}`);
}
