import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bangkokToday } from '../../platform/db/bangkok-date.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid, type Bilingual } from '../../platform/http/errors.js';
import { areas } from './tables.js';

/** Areas still valid on today's date in Bangkok (valid_to is the last valid day, inclusive). */
export function isOpenArea(now?: Date): SQL {
  return sql`(${areas.validTo} is null or ${areas.validTo} >= ${bangkokToday(now)})`;
}

const successors = alias(areas, 'successor');

/**
 * Why each of these codes may not take a new record, for the codes that exist but are closed: a
 * retired code's message names the code that replaced it, so the user can correct the record.
 */
export async function closedAreaMessages(
  tx: Queryable,
  codes: readonly string[],
): Promise<Map<string, Bilingual>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select({
      code: areas.code,
      successorCode: successors.code,
      successorTh: successors.nameTh,
      successorEn: successors.nameEn,
    })
    .from(areas)
    .leftJoin(successors, eq(successors.code, areas.successorCode))
    .where(and(inArray(areas.code, [...codes]), sql`not ${isOpenArea()}`));
  return new Map(
    rows.map((row): [string, Bilingual] => [
      row.code,
      row.successorCode
        ? {
            th: `รหัสพื้นที่ ${row.code} ถูกยกเลิกแล้ว ให้ใช้รหัสปัจจุบัน ${row.successorCode} (${row.successorTh})`,
            en: `Area code ${row.code} is retired; use the current code ${row.successorCode} (${row.successorEn ?? row.successorTh})`,
          }
        : { th: `พื้นที่รหัส ${row.code} ถูกยุบหรือยกเลิกแล้ว`, en: `Area code ${row.code} is closed` },
    ]),
  );
}

/** Throws a field error unless the successor is another open area of the same level. */
export async function assertSuccessor(
  tx: Queryable,
  area: { code: string; level: string },
  successorCode: string,
): Promise<void> {
  const [successor] = await tx
    .select({ level: areas.level, open: isOpenArea() })
    .from(areas)
    .where(eq(areas.code, successorCode));
  if (!successor || successorCode === area.code || successor.level !== area.level || !successor.open) {
    throw invalid([
      {
        path: 'successorCode',
        message: {
          th: `รหัสที่มาแทนต้องเป็นพื้นที่ระดับเดียวกันที่ยังใช้งาน (${successorCode} ใช้ไม่ได้)`,
          en: `The successor must be another open area of the same level (${successorCode} is not)`,
        },
      },
    ]);
  }
}

/** Throws a bilingual field error unless the area exists and is open today. */
export async function assertCurrentArea(tx: Queryable, areaCode: string, path = 'areaCode'): Promise<void> {
  const [area] = await tx.select({ code: areas.code }).from(areas).where(eq(areas.code, areaCode));
  if (!area) {
    throw invalid([{ path, message: { th: `ไม่พบพื้นที่รหัส ${areaCode}`, en: `No area with code ${areaCode}` } }]);
  }
  const closed = (await closedAreaMessages(tx, [areaCode])).get(areaCode);
  if (closed) {
    throw invalid([{ path, message: closed }]);
  }
}
