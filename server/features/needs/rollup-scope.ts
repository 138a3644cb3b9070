import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';

/** Area prefix lengths the roll-ups are kept at: province, district, subdistrict. */
const ROLLUP_LEVELS = [2, 4, 6];

/** The areas a roll-up query sums over: the area asked for, else the actor's scope (null = national). */
function baseCodes(actor: Actor, areaCode: string | undefined): string[] | null {
  if (areaCode) {
    return [areaCode];
  }
  return actor.viewScope.all ? null : [...actor.viewScope.areaCodes];
}

/**
 * need_rollups rows that together count every need under the area (or the actor's scope), once each;
 * undefined when an area is finer than the roll-ups keep (a village).
 */
export function rollupBase(actor: Actor, areaCode: string | undefined): SQL | undefined {
  const codes = baseCodes(actor, areaCode);
  if (codes === null) {
    return sql`scope_level = 2`;
  }
  if (codes.some((code) => !ROLLUP_LEVELS.includes(code.length))) {
    return undefined;
  }
  if (codes.length === 0) {
    return sql`false`;
  }
  const exact = codes.map((code) => sql`(scope_level = ${code.length} and scope_code = ${code})`);
  return sql`(${sql.join(exact, sql` or `)})`;
}

/**
 * need_rollups rows for a breakdown by area at `length` (2, 4 or 6) under the area or scope: the rows
 * at that level, or at the base area's own level when it is finer than the breakdown.
 */
export function rollupByArea(actor: Actor, areaCode: string | undefined, length: number): SQL | undefined {
  const codes = baseCodes(actor, areaCode);
  if (codes === null) {
    return sql`scope_level = ${length}`;
  }
  if (codes.some((code) => !ROLLUP_LEVELS.includes(code.length))) {
    return undefined;
  }
  if (codes.length === 0) {
    return sql`false`;
  }
  const parts = codes.map((code) =>
    code.length >= length
      ? sql`(scope_level = ${code.length} and scope_code = ${code})`
      : sql`(province_code = ${code.slice(0, 2)} and scope_level = ${length} and scope_code like ${`${code}%`})`,
  );
  return sql`(${sql.join(parts, sql` or `)})`;
}
