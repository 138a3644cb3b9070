import { z } from 'zod';

/** Administrative levels keyed by DOPA code length; region and cluster are groupings, not DOPA areas. */
export const AREA_LEVELS = ['province', 'district', 'subdistrict', 'village'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const LEVEL_BY_LENGTH: Record<number, AreaLevel> = {
  2: 'province',
  4: 'district',
  6: 'subdistrict',
  8: 'village',
};
const LENGTH_BY_LEVEL: Record<AreaLevel, number> = { province: 2, district: 4, subdistrict: 6, village: 8 };

export const AREA_LEVEL_LABELS: Record<AreaLevel, { th: string; en: string }> = {
  province: { th: 'จังหวัด', en: 'Province' },
  district: { th: 'อำเภอ/เขต', en: 'District' },
  subdistrict: { th: 'ตำบล/แขวง', en: 'Subdistrict' },
  village: { th: 'หมู่บ้าน', en: 'Village' },
};

/** A DOPA code: 2, 4, 6 or 8 digits. */
export const areaCodeSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/, { message: 'Area code must be 2, 4, 6 or 8 digits' });

/** The level a DOPA code names, or null when the code is malformed. */
export function levelOfCode(code: string): AreaLevel | null {
  if (!/^\d+$/.test(code)) {
    return null;
  }
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** The code length of a level. */
export function codeLengthOf(level: AreaLevel): number {
  return LENGTH_BY_LEVEL[level];
}

/** The parent DOPA code (district 5001 → province 50); null for a province. */
export function parentCodeOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length - 2) : null;
}

/** The province a DOPA code lies in. */
export function provinceCodeOf(code: string): string {
  return code.slice(0, 2);
}

/** Whether `code` is `ancestor` or lies below it in the DOPA tree. */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}
