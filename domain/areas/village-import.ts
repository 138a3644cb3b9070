import type { Bilingual } from '../common/bilingual.js';

export type VillageRow = { rowNumber: number; code: string; nameTh: string; nameEn: string };

export type RowProblem = { field?: string } & Bilingual;

export type RowVerdict = { rowNumber: number; code: string; problems: RowProblem[] };

export type VillageImportContext = {
  /** Subdistrict codes that exist and are open. */
  subdistricts: ReadonlySet<string>;
  /** Whether the importing user may write in this area. */
  canCapture: (code: string) => boolean;
};

/** The column names an import file must carry (template and export use the same). */
export const VILLAGE_COLUMNS = ['code', 'name_th', 'name_en'] as const;

/**
 * Checks every row of a village import and reports all problems at once: 8-digit code, an
 * existing subdistrict as parent, a Thai name, no code twice in the file, inside the user's scope.
 */
export function validateVillageRows(
  rows: readonly VillageRow[],
  context: VillageImportContext,
  /** Codes seen in earlier chunks of the same file, so a file can be checked piece by piece. */
  firstRowOfCode: Map<string, number> = new Map(),
): RowVerdict[] {
  return rows.map((row) => {
    const problems: RowProblem[] = [];
    const code = row.code.trim();
    if (!/^\d{8}$/.test(code)) {
      problems.push({ field: 'code', th: 'รหัสหมู่บ้านต้องเป็นตัวเลข 8 หลัก', en: 'Village code must be 8 digits' });
    } else {
      const parent = code.slice(0, 6);
      if (!context.subdistricts.has(parent)) {
        problems.push({
          field: 'code',
          th: `ไม่พบตำบลรหัส ${parent}`,
          en: `No subdistrict with code ${parent}`,
        });
      } else if (!context.canCapture(code)) {
        problems.push({
          field: 'code',
          th: 'พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้',
          en: 'This area is outside your capture scope',
        });
      }
      if (code.slice(6) === '00') {
        problems.push({ field: 'code', th: 'หมู่ที่ต้องไม่เป็น 00', en: 'Village number cannot be 00' });
      }
      const earlier = firstRowOfCode.get(code);
      if (earlier !== undefined) {
        problems.push({ field: 'code', th: `รหัสซ้ำกับแถวที่ ${earlier}`, en: `Same code as row ${earlier}` });
      } else {
        firstRowOfCode.set(code, row.rowNumber);
      }
    }
    if (row.nameTh.trim() === '') {
      problems.push({ field: 'name_th', th: 'ต้องระบุชื่อหมู่บ้านภาษาไทย', en: 'Thai name is required' });
    } else if (row.nameTh.length > 200) {
      problems.push({ field: 'name_th', th: 'ชื่อยาวเกิน 200 ตัวอักษร', en: 'Name longer than 200 characters' });
    }
    return { rowNumber: row.rowNumber, code, problems };
  });
}
