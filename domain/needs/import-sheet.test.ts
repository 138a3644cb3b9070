import { describe, expect, it } from 'vitest';
import {
  NEED_SHEET_COLUMNS,
  validateNeedRow,
  type NeedImportContext,
  type NeedSheetKey,
  type NeedSheetRow,
} from './import-sheet.js';
import type { NeedFacts } from './need.js';

const storedFacts: NeedFacts = {
  areaCode: '300101',
  title: 'ถนนลูกรังชำรุด',
  description: '',
  origin: 'public_forum',
  sourceDocument: null,
  sourceDate: null,
  dimensionId: 1,
  households: 0,
  people: 0,
  sourcePriority: null,
  fiscalYear: 2570,
};

const context: NeedImportContext = {
  openAreas: new Set(['30', '3001', '300101', '30010101', '50010101']),
  dimensions: new Map([
    ['เศรษฐกิจ', 1],
    ['economy', 1],
    ['1', 1],
    ['มิติเก่า', 9],
  ]),
  inactiveDimensionIds: new Set([9]),
  knownReferences: new Map([
    ['N30-2570-00001', { provinceCode: '30' }],
    ['N30-2570-00002', { provinceCode: '30' }],
    ['N50-2570-00007', { provinceCode: '50', facts: { ...storedFacts, areaCode: '50010101' } }],
  ]),
  canCapture: (code) => code.startsWith('30'),
  defaultFiscalYear: 2570,
};

function row(rowNumber: number, cells: Partial<Record<NeedSheetKey, string>>): NeedSheetRow {
  const empty = Object.fromEntries(NEED_SHEET_COLUMNS.map((column) => [column.key, ''])) as Record<
    NeedSheetKey,
    string
  >;
  return {
    rowNumber,
    cells: {
      ...empty,
      area_code: '300101',
      title: 'ถนนลูกรังชำรุด',
      origin: 'เวทีประชาคม',
      dimension: 'เศรษฐกิจ',
      ...cells,
    },
  };
}

const fieldsOf = (verdict: ReturnType<typeof validateNeedRow>) =>
  verdict.problems.map((problem) => problem.field);

describe('needs sheet columns', () => {
  it('keeps the documented fixed order (template = export = import)', () => {
    expect(NEED_SHEET_COLUMNS.map((column) => column.key)).toEqual([
      'reference_no',
      'area_code',
      'area_name',
      'title',
      'description',
      'origin',
      'source_document',
      'source_date',
      'dimension',
      'households',
      'people',
      'source_priority',
      'fiscal_year',
      'status',
    ]);
    expect(NEED_SHEET_COLUMNS.filter((column) => column.readOnly).map((column) => column.key)).toEqual([
      'area_name',
      'status',
    ]);
  });
});

describe('need row checks', () => {
  it('turns a good row into facts with defaults', () => {
    const verdict = validateNeedRow(
      row(3, { description: 'ยาว 2 กม.', source_date: '15/01/2569', households: '120', people: '1,250' }),
      context,
      new Map(),
    );
    expect(verdict.problems).toEqual([]);
    expect(verdict.value).toEqual({
      referenceNo: null,
      facts: {
        areaCode: '300101',
        title: 'ถนนลูกรังชำรุด',
        description: 'ยาว 2 กม.',
        origin: 'public_forum',
        sourceDocument: null,
        sourceDate: '2026-01-15',
        dimensionId: 1,
        households: 120,
        people: 1250,
        sourcePriority: null,
        fiscalYear: 2570,
      },
    });
  });

  it('accepts origins as key, Thai or English label and dimensions by name or id', () => {
    for (const origin of ['public_forum', 'เวทีประชาคม', 'Public Forum']) {
      expect(validateNeedRow(row(3, { origin }), context, new Map()).value?.facts.origin).toBe(
        'public_forum',
      );
    }
    for (const dimension of ['Economy', '1', 'เศรษฐกิจ']) {
      expect(validateNeedRow(row(3, { dimension }), context, new Map()).value?.facts.dimensionId).toBe(1);
    }
  });

  it('reports every problem of a row at once, in both languages', () => {
    const verdict = validateNeedRow(
      row(7, {
        area_code: '3001019',
        title: '',
        origin: 'วิทยุ',
        dimension: 'กีฬา',
        households: '-1',
        people: 'มาก',
        source_priority: '0',
        fiscal_year: '2400',
        source_date: '31/02/2569',
      }),
      context,
      new Map(),
    );
    expect(fieldsOf(verdict)).toEqual([
      'area_code',
      'title',
      'origin',
      'dimension',
      'source_date',
      'households',
      'people',
      'source_priority',
      'fiscal_year',
    ]);
    expect(verdict.value).toBeNull();
    expect(verdict.problems[0]).toEqual({
      field: 'area_code',
      th: 'รหัสพื้นที่ต้องเป็นตัวเลข 2, 4, 6 หรือ 8 หลัก',
      en: 'Area code must be 2, 4, 6 or 8 digits',
    });
    expect(verdict.problems.find((problem) => problem.field === 'households')?.th).toBe(
      'จำนวนครัวเรือนต้องเป็นจำนวนเต็มไม่ติดลบ',
    );
  });

  it('refuses unknown areas and areas outside the capture scope', () => {
    expect(validateNeedRow(row(3, { area_code: '300199' }), context, new Map()).problems[0]?.en).toBe(
      'No open area with code 300199',
    );
    expect(validateNeedRow(row(3, { area_code: '50010101' }), context, new Map()).problems[0]?.en).toBe(
      'This area is outside your capture scope',
    );
  });

  it('updates by known reference numbers, once per file, within the province', () => {
    const seen = new Map<string, number>();
    const first = validateNeedRow(row(3, { reference_no: 'n30-2570-00001' }), context, seen);
    expect(first.value?.referenceNo).toBe('N30-2570-00001');
    expect(first.key).toBe('N30-2570-00001');
    const again = validateNeedRow(row(4, { reference_no: 'N30-2570-00001' }), context, seen);
    expect(again.problems).toEqual([
      { field: 'reference_no', th: 'เลขที่อ้างอิงซ้ำกับแถวที่ 3', en: 'Same reference as row 3' },
    ]);
    expect(validateNeedRow(row(5, { reference_no: 'N30-2570-00099' }), context, seen).problems[0]?.en).toBe(
      'No need with reference N30-2570-00099',
    );
    expect(validateNeedRow(row(6, { reference_no: 'ABC' }), context, seen).problems[0]?.field).toBe(
      'reference_no',
    );
  });

  it('keeps retired dimensions on existing needs but not on new ones', () => {
    expect(validateNeedRow(row(3, { dimension: 'มิติเก่า' }), context, new Map()).problems[0]?.en).toBe(
      'Dimension "มิติเก่า" is no longer in use',
    );
    expect(
      validateNeedRow(row(3, { dimension: 'มิติเก่า', reference_no: 'N30-2570-00002' }), context, new Map())
        .problems,
    ).toEqual([]);
  });

  it('lets unchanged rows of an export through where the importer may only read', () => {
    const unchanged = row(3, { reference_no: 'N50-2570-00007', area_code: '50010101' });
    expect(validateNeedRow(unchanged, context, new Map()).problems).toEqual([]);
    const changed = row(3, { reference_no: 'N50-2570-00007', area_code: '50010101', households: '5' });
    expect(validateNeedRow(changed, context, new Map()).problems).toEqual([
      { field: 'area_code', th: 'พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้', en: 'This area is outside your capture scope' },
    ]);
  });
});
