import { levelOfCode } from '../areas/area-code.js';
import type { Bilingual } from '../common/bilingual.js';
import {
  changedFacts,
  FIRST_FISCAL_YEAR,
  LAST_FISCAL_YEAR,
  NEED_ORIGIN_LABELS,
  NEED_ORIGINS,
  type NeedFacts,
  type NeedOrigin,
} from './need.js';
import { parseNeedReference } from './reference-number.js';
import { parseSheetDate, parseWholeNumber } from './sheet-values.js';

/**
 * The fixed column order of the needs sheet: the template, the export and the import all use it.
 * Row 1 holds the Thai headers, row 2 (hidden) these keys; data starts on row 3. Columns marked
 * `readOnly` are written by the export for people to read and ignored by the import.
 */
export const NEED_SHEET_COLUMNS = [
  { key: 'reference_no', th: 'เลขที่อ้างอิง (เว้นว่างสำหรับรายการใหม่)', readOnly: false },
  { key: 'area_code', th: 'รหัสพื้นที่ (หมู่บ้าน/ตำบล/อำเภอ/จังหวัด)', readOnly: false },
  { key: 'area_name', th: 'ชื่อพื้นที่ (ไม่ต้องกรอก)', readOnly: true },
  { key: 'title', th: 'ปัญหา/ความต้องการ', readOnly: false },
  { key: 'description', th: 'รายละเอียด', readOnly: false },
  { key: 'origin', th: 'ที่มา', readOnly: false },
  { key: 'source_document', th: 'เอกสารต้นเรื่อง', readOnly: false },
  { key: 'source_date', th: 'วันที่เอกสาร (วว/ดด/ปปปป พ.ศ.)', readOnly: false },
  { key: 'dimension', th: 'มิติ', readOnly: false },
  { key: 'households', th: 'ครัวเรือนที่ได้รับประโยชน์', readOnly: false },
  { key: 'people', th: 'ประชาชนที่ได้รับประโยชน์ (คน)', readOnly: false },
  { key: 'source_priority', th: 'ลำดับความสำคัญตามแหล่งที่มา', readOnly: false },
  { key: 'fiscal_year', th: 'ปีงบประมาณ (พ.ศ.)', readOnly: false },
  { key: 'status', th: 'สถานะ (ไม่ต้องกรอก)', readOnly: true },
] as const;
export type NeedSheetKey = (typeof NEED_SHEET_COLUMNS)[number]['key'];
export type NeedSheetRow = { rowNumber: number; cells: Record<NeedSheetKey, string> };

export type NeedRowProblem = { field: NeedSheetKey } & Bilingual;

/** A row that passed every check: an update of `referenceNo`, or a new need when it is null. */
export type NeedRowValue = { referenceNo: string | null; facts: NeedFacts };
export type NeedRowVerdict = {
  rowNumber: number;
  key: string;
  problems: NeedRowProblem[];
  value: NeedRowValue | null;
};

export type NeedImportContext = {
  /** Open areas by code. */
  openAreas: ReadonlySet<string>;
  /** Dimension ids by lower-cased Thai name, English name and id text (inactive ones included). */
  dimensions: ReadonlyMap<string, number>;
  /** Deactivated dimensions: existing needs keep them, new needs may not use them. */
  inactiveDimensionIds: ReadonlySet<number>;
  /** Reference numbers already stored and visible to the importer, with their province and facts. */
  knownReferences: ReadonlyMap<string, { provinceCode: string; facts?: NeedFacts }>;
  canCapture: (areaCode: string) => boolean;
  defaultFiscalYear: number;
};

const ORIGIN_BY_TEXT = new Map<string, NeedOrigin>(
  NEED_ORIGINS.flatMap((origin) => [
    [origin, origin],
    [NEED_ORIGIN_LABELS[origin].th.toLowerCase(), origin],
    [NEED_ORIGIN_LABELS[origin].en.toLowerCase(), origin],
  ]),
);

type Check = { problems: NeedRowProblem[] };

function problem(check: Check, field: NeedSheetKey, th: string, en: string): null {
  check.problems.push({ field, th, en });
  return null;
}

function count(check: Check, field: NeedSheetKey, text: string, label: Bilingual): number | null {
  if (text.trim() === '') {
    return 0;
  }
  const value = parseWholeNumber(text);
  return value === null || value < 0
    ? problem(
        check,
        field,
        `${label.th}ต้องเป็นจำนวนเต็มไม่ติดลบ`,
        `${label.en} must be a whole number, zero or more`,
      )
    : value;
}

function areaOf(check: Check, text: string, context: NeedImportContext): string | null {
  const code = text.trim();
  if (!levelOfCode(code)) {
    return problem(
      check,
      'area_code',
      'รหัสพื้นที่ต้องเป็นตัวเลข 2, 4, 6 หรือ 8 หลัก',
      'Area code must be 2, 4, 6 or 8 digits',
    );
  }
  if (!context.openAreas.has(code)) {
    return problem(check, 'area_code', `ไม่พบพื้นที่รหัส ${code}`, `No open area with code ${code}`);
  }
  return code;
}

function referenceOf(
  check: Check,
  text: string,
  areaCode: string | null,
  context: NeedImportContext,
  seen: Map<string, number>,
  rowNumber: number,
) {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === '') {
    return null;
  }
  if (!parseNeedReference(trimmed)) {
    return problem(
      check,
      'reference_no',
      `เลขที่อ้างอิง ${trimmed} ไม่ถูกรูปแบบ (เช่น N30-2570-00042)`,
      `Reference ${trimmed} is malformed (e.g. N30-2570-00042)`,
    );
  }
  const earlier = seen.get(trimmed);
  if (earlier !== undefined) {
    return problem(check, 'reference_no', `เลขที่อ้างอิงซ้ำกับแถวที่ ${earlier}`, `Same reference as row ${earlier}`);
  }
  seen.set(trimmed, rowNumber);
  const known = context.knownReferences.get(trimmed);
  if (!known) {
    return problem(
      check,
      'reference_no',
      `ไม่พบความต้องการเลขที่ ${trimmed}`,
      `No need with reference ${trimmed}`,
    );
  }
  if (areaCode && areaCode.slice(0, 2) !== known.provinceCode) {
    return problem(
      check,
      'area_code',
      'ย้ายความต้องการไปจังหวัดอื่นไม่ได้',
      'A need cannot move to another province',
    );
  }
  return trimmed;
}

/** Checks one sheet row and reports every problem at once; `seen` carries references across rows. */
export function validateNeedRow(
  row: NeedSheetRow,
  context: NeedImportContext,
  seen: Map<string, number>,
): NeedRowVerdict {
  const check: Check = { problems: [] };
  const cells = row.cells;
  const areaCode = areaOf(check, cells.area_code, context);
  const referenceNo = referenceOf(check, cells.reference_no, areaCode, context, seen, row.rowNumber);
  const title = cells.title.trim();
  if (title === '') {
    problem(check, 'title', 'ต้องระบุปัญหา/ความต้องการ', 'Title is required');
  } else if (title.length > 300) {
    problem(check, 'title', 'ชื่อเรื่องยาวเกิน 300 ตัวอักษร', 'Title is longer than 300 characters');
  }
  const description = cells.description.trim();
  if (description.length > 5000) {
    problem(
      check,
      'description',
      'รายละเอียดยาวเกิน 5,000 ตัวอักษร',
      'Description is longer than 5,000 characters',
    );
  }
  const origin = ORIGIN_BY_TEXT.get(cells.origin.trim().toLowerCase()) ?? null;
  if (!origin) {
    problem(
      check,
      'origin',
      `ไม่รู้จักที่มา "${cells.origin.trim()}" (ดูแผ่นงานรายการ)`,
      `Unknown origin "${cells.origin.trim()}" (see the lists sheet)`,
    );
  }
  const dimensionId = context.dimensions.get(cells.dimension.trim().toLowerCase()) ?? null;
  if (dimensionId === null) {
    problem(
      check,
      'dimension',
      `ไม่รู้จักมิติ "${cells.dimension.trim()}" (ดูแผ่นงานรายการ)`,
      `Unknown dimension "${cells.dimension.trim()}" (see the lists sheet)`,
    );
  } else if (context.inactiveDimensionIds.has(dimensionId) && cells.reference_no.trim() === '') {
    problem(
      check,
      'dimension',
      `มิติ "${cells.dimension.trim()}" ถูกยกเลิกแล้ว`,
      `Dimension "${cells.dimension.trim()}" is no longer in use`,
    );
  }
  const sourceDate = cells.source_date.trim() === '' ? null : parseSheetDate(cells.source_date);
  if (cells.source_date.trim() !== '' && sourceDate === null) {
    problem(check, 'source_date', 'วันที่ต้องเป็น วว/ดด/ปปปป (พ.ศ.)', 'Dates are dd/mm/yyyy in the Buddhist Era');
  }
  const households = count(check, 'households', cells.households, { th: 'จำนวนครัวเรือน', en: 'Households' });
  const people = count(check, 'people', cells.people, { th: 'จำนวนคน', en: 'People' });
  const priorityText = cells.source_priority.trim();
  const sourcePriority = priorityText === '' ? null : parseWholeNumber(priorityText);
  if (priorityText !== '' && (sourcePriority === null || sourcePriority < 1)) {
    problem(
      check,
      'source_priority',
      'ลำดับความสำคัญต้องเป็นจำนวนเต็มบวก',
      'Priority rank must be a positive whole number',
    );
  }
  const yearText = cells.fiscal_year.trim();
  const fiscalYear = yearText === '' ? context.defaultFiscalYear : parseWholeNumber(yearText);
  if (fiscalYear === null || fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR) {
    problem(
      check,
      'fiscal_year',
      'ปีงบประมาณต้องเป็น พ.ศ. 2500–2700',
      'Fiscal year must be a Buddhist-Era year 2500–2700',
    );
  }
  const key = referenceNo ?? (cells.reference_no.trim() || title.slice(0, 60));
  if (
    check.problems.length > 0 ||
    !areaCode ||
    !origin ||
    dimensionId === null ||
    households === null ||
    people === null ||
    fiscalYear === null
  ) {
    if (areaCode && !context.canCapture(areaCode)) {
      outsideScope(check);
    }
    return { rowNumber: row.rowNumber, key, problems: check.problems, value: null };
  }
  const sourceDocument = cells.source_document.trim();
  const facts: NeedFacts = {
    areaCode,
    title,
    description,
    origin,
    sourceDocument: sourceDocument === '' ? null : sourceDocument,
    sourceDate,
    dimensionId,
    households,
    people,
    sourcePriority,
    fiscalYear,
  };
  // An unchanged row of an exported file passes even where the importer may only read.
  const stored = referenceNo ? context.knownReferences.get(referenceNo)?.facts : undefined;
  const unchanged = stored !== undefined && changedFacts(stored, facts).length === 0;
  if (!unchanged && !context.canCapture(areaCode)) {
    outsideScope(check);
    return { rowNumber: row.rowNumber, key, problems: check.problems, value: null };
  }
  return { rowNumber: row.rowNumber, key, problems: [], value: { referenceNo, facts } };
}

function outsideScope(check: Check): void {
  problem(check, 'area_code', 'พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้', 'This area is outside your capture scope');
}
