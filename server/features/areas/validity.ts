import { eq, sql, type SQL } from 'drizzle-orm';
import { bangkokToday } from '../../platform/db/bangkok-date.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { areas } from './tables.js';

/** Areas still valid on today's date in Bangkok (valid_to is the last valid day, inclusive). */
export function isOpenArea(now?: Date): SQL {
  return sql`(${areas.validTo} is null or ${areas.validTo} >= ${bangkokToday(now)})`;
}

/**
 * Throws a bilingual field error unless the area exists and is open today; a retired code's
 * message names the code that replaced it, so the user can correct the record.
 */
export async function assertCurrentArea(tx: Queryable, areaCode: string, path = 'areaCode'): Promise<void> {
  const [area] = await tx
    .select({ open: sql<boolean>`${isOpenArea()}`, successorCode: areas.successorCode })
    .from(areas)
    .where(eq(areas.code, areaCode));
  if (area?.open) {
    return;
  }
  if (!area) {
    throw invalid([{ path, message: { th: `ไม่พบพื้นที่รหัส ${areaCode}`, en: `No area with code ${areaCode}` } }]);
  }
  const successor = area.successorCode ? await successorName(tx, area.successorCode) : null;
  throw invalid([
    {
      path,
      message: successor
        ? {
            th: `รหัสพื้นที่ ${areaCode} ถูกยกเลิกแล้ว ให้ใช้รหัสปัจจุบัน ${successor.code} (${successor.nameTh})`,
            en: `Area code ${areaCode} is retired; use the current code ${successor.code} (${successor.nameEn ?? successor.nameTh})`,
          }
        : {
            th: `พื้นที่รหัส ${areaCode} ถูกยุบหรือยกเลิกแล้ว`,
            en: `Area code ${areaCode} is closed`,
          },
    },
  ]);
}

async function successorName(tx: Queryable, code: string) {
  const [successor] = await tx
    .select({ code: areas.code, nameTh: areas.nameTh, nameEn: areas.nameEn })
    .from(areas)
    .where(eq(areas.code, code));
  return successor ?? null;
}
