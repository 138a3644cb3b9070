import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { areaSearchDocument, isOpenArea } from '../areas/public.js';
import { areas } from '../areas/tables.js';

/** How many demo villages a subdistrict gets: 4–12, the same on every run. */
export function demoVillageCount(subdistrictCode: string): number {
  let hash = 0;
  for (const char of subdistrictCode) {
    hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  }
  return 4 + (hash % 9);
}

/**
 * Numbered demo villages (หมู่ที่ 1..n, marked demo) under every open subdistrict of a province:
 * no open file lists villages, so demo indicators and household cases need some. Existing villages
 * are left alone. Returns the village codes of the province.
 */
export async function ensureDemoVillages(tx: Queryable, provinceCode: string): Promise<string[]> {
  const subdistricts = await tx
    .select({ code: areas.code, nameTh: areas.nameTh, nameEn: areas.nameEn })
    .from(areas)
    .where(and(eq(areas.level, 'subdistrict'), eq(areas.provinceCode, provinceCode), isOpenArea()))
    .orderBy(asc(areas.code));
  const villages = subdistricts.flatMap((subdistrict) =>
    Array.from({ length: demoVillageCount(subdistrict.code) }, (_, index) => {
      const no = index + 1;
      const nameTh = `บ้านตัวอย่าง หมู่ที่ ${no} ต.${subdistrict.nameTh} (demo)`;
      const nameEn = `Demo village ${no}, ${subdistrict.nameEn ?? subdistrict.nameTh}`;
      return {
        code: `${subdistrict.code}${String(no).padStart(2, '0')}`,
        level: 'village' as const,
        parentCode: subdistrict.code,
        provinceCode,
        nameTh,
        nameEn,
        isDemo: true,
        searchTokens: areaSearchDocument(nameTh, nameEn),
      };
    }),
  );
  for (let start = 0; start < villages.length; start += 500) {
    await tx
      .insert(areas)
      .values(villages.slice(start, start + 500))
      .onConflictDoNothing({ target: areas.code });
  }
  const rows = await tx
    .select({ code: areas.code })
    .from(areas)
    .where(and(eq(areas.level, 'village'), eq(areas.provinceCode, provinceCode), isOpenArea()))
    .orderBy(asc(areas.code));
  return rows.map((row) => row.code);
}
