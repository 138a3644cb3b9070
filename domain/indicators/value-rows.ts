import { levelOfCode, type AreaLevel } from '../areas/area-code.js';
import type { Bilingual } from '../common/bilingual.js';
import { ratioValue, roundFigure } from './aggregation.js';
import type { IndicatorAggregation } from './catalogue.js';

/** The columns of an indicator value file (template, import and export alike). */
export const INDICATOR_VALUE_COLUMNS = [
  'indicator_code',
  'area_code',
  'year',
  'value',
  'numerator',
  'denominator',
] as const;

export type IndicatorValueRow = {
  rowNumber: number;
  indicatorCode: string;
  areaCode: string;
  year: string;
  value: string;
  numerator: string;
  denominator: string;
};

/** A checked row ready to store. */
export type IndicatorValue = {
  indicatorId: string;
  areaCode: string;
  provinceCode: string;
  level: AreaLevel;
  year: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
};

export type ValueRowProblem = { field?: string } & Bilingual;
export type ValueRowVerdict = {
  rowNumber: number;
  key: string;
  problems: ValueRowProblem[];
  value?: IndicatorValue;
};

export type ValueImportContext = {
  indicators: ReadonlyMap<string, { id: string; aggregation: IndicatorAggregation; ratioScale: number }>;
  /** Whether an open area has this code. */
  areaExists: (code: string) => boolean;
  /** Whether the importing user may write in this area. */
  canCapture: (code: string) => boolean;
  /** Survey years accepted (BE). */
  years: { min: number; max: number };
};

/** A number as people type it in a sheet: "1,234.5" or " 12 "; null when empty, NaN when not a number. */
export function parseFigure(text: string): number | null {
  const cleaned = text.replace(/,/g, '').trim();
  if (cleaned === '') {
    return null;
  }
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const problem = (field: string, th: string, en: string): ValueRowProblem => ({ field, th, en });

function figuresOf(
  row: IndicatorValueRow,
  indicator: { aggregation: IndicatorAggregation; ratioScale: number },
  problems: ValueRowProblem[],
): Pick<IndicatorValue, 'value' | 'numerator' | 'denominator'> | null {
  const value = parseFigure(row.value);
  const numerator = parseFigure(row.numerator);
  const denominator = parseFigure(row.denominator);
  for (const [field, figure] of [
    ['value', value],
    ['numerator', numerator],
    ['denominator', denominator],
  ] as const) {
    if (figure !== null && Number.isNaN(figure)) {
      problems.push(problem(field, `${field} ต้องเป็นตัวเลข`, `${field} must be a number`));
      return null;
    }
  }
  if (indicator.aggregation !== 'ratio') {
    if (value === null) {
      problems.push(problem('value', 'ต้องระบุค่า (value)', 'A value is required'));
      return null;
    }
    return { value: roundFigure(value), numerator: null, denominator: null };
  }
  if (numerator === null || denominator === null) {
    problems.push(
      problem(
        'numerator',
        'ตัวชี้วัดแบบสัดส่วนต้องมีตัวตั้งและตัวหาร เพื่อรวมระดับบนได้ถูกต้อง',
        'A ratio indicator needs numerator and denominator so higher levels aggregate correctly',
      ),
    );
    return null;
  }
  if (numerator < 0 || denominator <= 0) {
    problems.push(
      problem(
        'denominator',
        'ตัวหารต้องมากกว่า 0 และตัวตั้งต้องไม่ติดลบ',
        'The denominator must be above 0 and the numerator not negative',
      ),
    );
    return null;
  }
  const computed = roundFigure(ratioValue(numerator, denominator, indicator.ratioScale) ?? 0);
  if (value !== null && Math.abs(value - computed) > 0.01) {
    problems.push(
      problem(
        'value',
        `ค่าไม่ตรงกับตัวตั้ง/ตัวหาร (ควรเป็น ${computed})`,
        `The value does not match numerator/denominator (expected ${computed})`,
      ),
    );
    return null;
  }
  return { value: computed, numerator, denominator };
}

/**
 * Checks every row of an indicator value file and reports all problems at once: a known indicator,
 * an existing area inside the user's capture scope, a survey year, figures that suit the
 * indicator's aggregation rule, and no indicator–area–year twice in the file.
 */
export function checkValueRows(
  rows: readonly IndicatorValueRow[],
  context: ValueImportContext,
  /** Keys seen in earlier chunks of the same file, so a file can be checked piece by piece. */
  firstRowOfKey: Map<string, number> = new Map(),
): ValueRowVerdict[] {
  return rows.map((row) => {
    const problems: ValueRowProblem[] = [];
    const indicatorCode = row.indicatorCode.trim();
    const areaCode = row.areaCode.trim();
    const key = `${indicatorCode}/${areaCode}/${row.year.trim()}`;
    const indicator = context.indicators.get(indicatorCode);
    if (!indicator) {
      problems.push(
        problem('indicator_code', `ไม่พบตัวชี้วัดรหัส ${indicatorCode}`, `No indicator with code ${indicatorCode}`),
      );
    }
    const level = levelOfCode(areaCode);
    if (!level || !context.areaExists(areaCode)) {
      problems.push(problem('area_code', `ไม่พบพื้นที่รหัส ${areaCode}`, `No area with code ${areaCode}`));
    } else if (!context.canCapture(areaCode)) {
      problems.push(
        problem('area_code', 'พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้', 'This area is outside your capture scope'),
      );
    }
    const year = Number(row.year.trim());
    if (!Number.isInteger(year) || year < context.years.min || year > context.years.max) {
      problems.push(
        problem(
          'year',
          `ปีต้องเป็น พ.ศ. ${context.years.min}–${context.years.max}`,
          `The year must be BE ${context.years.min}–${context.years.max}`,
        ),
      );
    }
    const figures = indicator ? figuresOf(row, indicator, problems) : null;
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'area_code',
          `ตัวชี้วัด พื้นที่ และปีซ้ำกับแถวที่ ${earlier}`,
          `Same indicator, area and year as row ${earlier}`,
        ),
      );
    } else {
      firstRowOfKey.set(key, row.rowNumber);
    }
    if (problems.length > 0 || !indicator || !level || !figures) {
      return { rowNumber: row.rowNumber, key, problems };
    }
    return {
      rowNumber: row.rowNumber,
      key,
      problems,
      value: {
        indicatorId: indicator.id,
        areaCode,
        provinceCode: areaCode.slice(0, 2),
        level,
        year,
        ...figures,
      },
    };
  });
}
