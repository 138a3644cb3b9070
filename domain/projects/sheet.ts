import type { Bilingual } from '../common/bilingual.js';
import { parseBahtCell, type RowMessage } from '../plans/outputs/sheet-values.js';
import {
  BUDGET_TYPE_LABELS,
  BUDGET_TYPES,
  PROJECT_CATEGORIES,
  PROJECT_CATEGORY_LABELS,
  type BudgetType,
  type ProjectCategory,
} from './project.js';

/**
 * The project list workbook: one row per project, matched back by fiscal year, budget unit and code.
 * Read-only columns are for people; the import changes only the editable ones.
 */
export const PROJECT_SHEET_IDENTITY = ['fiscal_year', 'budget_unit', 'code'] as const;
export const PROJECT_SHEET_EDITABLE = [
  'title',
  'objective',
  'budget_type',
  'category',
  'total_baht',
  'emenscr_code',
  'budget_bureau_code',
  'gfmis_code',
  'egp_number',
] as const;
export type ProjectSheetField = (typeof PROJECT_SHEET_EDITABLE)[number];

/** The stored facts a sheet row may change, as the import compares them. */
export type ProjectSheetFacts = {
  title: string;
  objective: string | null;
  budgetType: BudgetType;
  category: ProjectCategory;
  totalSatang: bigint;
  emenscrCode: string | null;
  budgetBureauCode: string | null;
  gfmisCode: string | null;
  egpNumber: string | null;
};

const byLabel = <K extends string>(labels: Record<K, Bilingual>, keys: readonly K[]) =>
  new Map(keys.flatMap((key) => [[labels[key].th, key] as const, [key, key] as const]));
const BUDGET_TYPE_BY_LABEL = byLabel(BUDGET_TYPE_LABELS, BUDGET_TYPES);
const CATEGORY_BY_LABEL = byLabel(PROJECT_CATEGORY_LABELS, PROJECT_CATEGORIES);

/** The Thai label a cell shows for a budget type or category; the import takes the label or the code. */
export const budgetTypeCell = (type: BudgetType): string => BUDGET_TYPE_LABELS[type].th;
export const categoryCell = (category: ProjectCategory): string => PROJECT_CATEGORY_LABELS[category].th;

const optionalText = (raw: string | undefined): string | null => {
  const text = (raw ?? '').trim();
  return text === '' ? null : text;
};

export type ProjectRowCheck = {
  messages: RowMessage[];
  facts: ProjectSheetFacts;
  changed: ProjectSheetField[];
};

/**
 * One sheet row against the stored project: its problems and what it would change. A blank editable
 * cell that is required keeps nothing silently: it is an error, not a deletion.
 */
export function checkProjectRow(
  values: Readonly<Record<string, string>>,
  current: ProjectSheetFacts,
): ProjectRowCheck {
  const messages: RowMessage[] = [];
  const title = (values.title ?? '').trim();
  if (title === '' || title.length > 2000) {
    messages.push({
      field: 'title',
      th: 'ต้องมีชื่อโครงการ (ไม่เกิน 2,000 ตัวอักษร)',
      en: 'A title (up to 2,000 characters) is required',
    });
  }
  const budgetType = BUDGET_TYPE_BY_LABEL.get((values.budget_type ?? '').trim());
  if (!budgetType) {
    messages.push({
      field: 'budget_type',
      th: `ไม่รู้จักประเภทงบ "${values.budget_type ?? ''}"`,
      en: `Unknown budget type "${values.budget_type ?? ''}"`,
    });
  }
  const category = CATEGORY_BY_LABEL.get((values.category ?? '').trim());
  if (!category) {
    messages.push({
      field: 'category',
      th: `ไม่รู้จักหมวดรายจ่าย "${values.category ?? ''}"`,
      en: `Unknown category "${values.category ?? ''}"`,
    });
  }
  const amount = parseBahtCell(values.total_baht ?? '', 'total_baht');
  if (!amount.ok) {
    messages.push(amount.message);
  } else if (amount.value === null) {
    messages.push({ field: 'total_baht', th: 'ต้องระบุวงเงิน (บาท)', en: 'The amount in baht is required' });
  }
  const facts: ProjectSheetFacts = {
    title,
    objective: optionalText(values.objective),
    budgetType: budgetType ?? current.budgetType,
    category: category ?? current.category,
    totalSatang: amount.ok && amount.value !== null ? amount.value : current.totalSatang,
    emenscrCode: optionalText(values.emenscr_code),
    budgetBureauCode: optionalText(values.budget_bureau_code),
    gfmisCode: optionalText(values.gfmis_code),
    egpNumber: optionalText(values.egp_number),
  };
  return { messages, facts, changed: messages.length > 0 ? [] : changedFields(current, facts) };
}

const FIELD_OF: Record<keyof ProjectSheetFacts, ProjectSheetField> = {
  title: 'title',
  objective: 'objective',
  budgetType: 'budget_type',
  category: 'category',
  totalSatang: 'total_baht',
  emenscrCode: 'emenscr_code',
  budgetBureauCode: 'budget_bureau_code',
  gfmisCode: 'gfmis_code',
  egpNumber: 'egp_number',
};

export function changedFields(before: ProjectSheetFacts, after: ProjectSheetFacts): ProjectSheetField[] {
  return (Object.keys(FIELD_OF) as (keyof ProjectSheetFacts)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => FIELD_OF[key]);
}

/** The row key a project is matched by. */
export const projectSheetKey = (fiscalYear: number | string, budgetUnit: string, code: string): string =>
  `${String(fiscalYear).trim()}|${budgetUnit.trim().toUpperCase()}|${code.trim()}`;
