import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { fiscalYearSchema, versionField } from '../plans/plan-input.js';
import { TARGET_CLASSES, type TargetClass } from './budget-class.js';
import { isoDate, shortText } from './fields.js';
import { QUARTERS, quarterEndMonth } from './months.js';

/** Deadlines the cabinet sets with each year's measures. */
export const DEADLINE_KINDS = [
  'single_year_commitment',
  'multi_year_contract',
  'existing_obligations_paid',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const percent = z
  .number(bilingualMessage('ร้อยละต้องเป็นตัวเลข', 'Percent must be a number'))
  .min(0, bilingualMessage('ร้อยละต้องไม่ติดลบ', 'Percent cannot be negative'))
  .max(100, bilingualMessage('ร้อยละต้องไม่เกิน 100', 'Percent cannot exceed 100'))
  .refine(
    (value) =>
      Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-9,
    bilingualMessage('ร้อยละมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง', 'Percent takes at most 2 decimals'),
  );
const sourceNote = shortText(1000);

export const targetInputSchema = z
  .object({
    budgetClass: z.enum(TARGET_CLASSES),
    quarter: z.union(QUARTERS.map((quarter) => z.literal(quarter))),
    cumulativePct: percent,
    sourceNote,
    verified: z.boolean(),
  })
  .strict();
export type TargetInput = z.infer<typeof targetInputSchema>;

export const deadlineInputSchema = z
  .object({ kind: z.enum(DEADLINE_KINDS), dueDate: isoDate, sourceNote, verified: z.boolean() })
  .strict();
export type DeadlineInput = z.infer<typeof deadlineInputSchema>;

/** A whole year's targets, replaced at once by an administrator (If-Match on the year's version). */
export const targetYearInputSchema = z
  .object({
    targets: z.array(targetInputSchema).length(12),
    deadlines: z.array(deadlineInputSchema).max(DEADLINE_KINDS.length),
    ...versionField,
  })
  .strict()
  .superRefine((input, context) => {
    for (const problem of targetYearProblems(input.targets, input.deadlines)) {
      context.addIssue({ code: 'custom', ...bilingualMessage(problem.th, problem.en) });
    }
  });
export type TargetYearInput = z.infer<typeof targetYearInputSchema>;

export const targetYearSchema = z.object({
  fiscalYear: fiscalYearSchema,
  targets: z.array(targetInputSchema),
  deadlines: z.array(deadlineInputSchema),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TargetYear = z.infer<typeof targetYearSchema>;
export const targetYearParams = z.object({ fiscalYear: z.coerce.number().pipe(fiscalYearSchema) }).strict();

/** Every class × quarter once, cumulative (never falling), each deadline kind at most once. */
export function targetYearProblems(
  targets: readonly TargetInput[],
  deadlines: readonly DeadlineInput[],
): { th: string; en: string }[] {
  const problems: { th: string; en: string }[] = [];
  for (const budgetClass of TARGET_CLASSES) {
    const ofClass = QUARTERS.map((quarter) =>
      targets.filter((target) => target.budgetClass === budgetClass && target.quarter === quarter),
    );
    if (ofClass.some((found) => found.length !== 1)) {
      problems.push({
        th: `เป้าหมาย${budgetClass} ต้องมีครบทั้ง 4 ไตรมาส ไตรมาสละหนึ่งค่า`,
        en: `${budgetClass} targets need exactly one value per quarter`,
      });
      continue;
    }
    const values = ofClass.map((found) => found[0]?.cumulativePct ?? 0);
    if (values.some((value, index) => index > 0 && value < (values[index - 1] ?? 0))) {
      problems.push({
        th: `เป้าหมาย${budgetClass} เป็นค่าสะสม ต้องไม่ลดลงจากไตรมาสก่อน`,
        en: `${budgetClass} targets are cumulative and cannot fall from one quarter to the next`,
      });
    }
  }
  const kinds = deadlines.map((deadline) => deadline.kind);
  if (new Set(kinds).size !== kinds.length) {
    problems.push({ th: 'กำหนดเวลาแต่ละประเภทระบุได้ครั้งเดียว', en: 'Each deadline kind may appear once' });
  }
  return problems;
}

/**
 * The cumulative target percent at the end of a fiscal month: the quarter-end values, straight
 * lines between them from 0 on 1 October. Null when the class has no full set of quarters.
 */
export function targetPctAt(
  targets: readonly TargetInput[],
  budgetClass: TargetClass,
  fiscalMonth: number,
): number | null {
  const ends = QUARTERS.map(
    (quarter) =>
      targets.find((target) => target.budgetClass === budgetClass && target.quarter === quarter)
        ?.cumulativePct,
  );
  if (ends.some((value) => value === undefined)) {
    return null;
  }
  const quarter = Math.ceil(fiscalMonth / 3);
  const previous = quarter === 1 ? 0 : (ends[quarter - 2] ?? 0);
  const end = ends[quarter - 1] ?? 0;
  const into = fiscalMonth - (quarterEndMonth(quarter) - 3);
  return Math.round((previous + ((end - previous) * into) / 3) * 100) / 100;
}

/** The commitment cut-off that applies to a project: multi-year contracts get the later one. */
export function commitmentCutoff(deadlines: readonly DeadlineInput[], multiYear: boolean): string | null {
  const kind: DeadlineKind = multiYear ? 'multi_year_contract' : 'single_year_commitment';
  return deadlines.find((deadline) => deadline.kind === kind)?.dueDate ?? null;
}
