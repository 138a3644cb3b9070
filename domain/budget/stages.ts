import { z } from 'zod';
import type { Bilingual } from '../common/bilingual.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { formatBaht } from '../thai/money.js';

/**
 * The amounts a project's budget passes through in a fiscal year, in order: the request, after the
 * Budget Bureau's scrutiny, the cabinet-approved draft bill, and the enacted act (allocation).
 */
export const BUDGET_STAGES = ['request', 'bureau_scrutiny', 'draft_bill', 'enacted'] as const;
export type BudgetStage = (typeof BUDGET_STAGES)[number];

export const BUDGET_STAGE_LABELS: Record<BudgetStage, Bilingual> = {
  request: { th: 'คำขอ', en: 'Request' },
  bureau_scrutiny: { th: 'ผ่านการพิจารณาของสำนักงบประมาณ', en: 'After Budget Bureau scrutiny' },
  draft_bill: { th: 'ร่าง พ.ร.บ. ที่ ครม. เห็นชอบ', en: 'Cabinet-approved draft bill' },
  enacted: { th: 'พ.ร.บ. งบประมาณ (ได้รับจัดสรร)', en: 'Enacted (allocated)' },
};

const satangString = z
  .string()
  .regex(
    /^\d{1,15}$/,
    bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'),
  );

/** Records (or corrects) one stage's amount; a cut below the previous stage needs its reason. */
export const stageRecordSchema = z
  .object({
    amountSatang: satangString,
    cutReason: z.string().trim().max(2000).nullish(),
    version: positiveInt4().optional(),
  })
  .strict();
export type StageRecordInput = z.infer<typeof stageRecordSchema>;

export const stageParams = z.object({ id: z.uuid(), stage: z.enum(BUDGET_STAGES) });

/** A recorded stage as the rules below see it. */
export type StageAmount = { stage: BudgetStage; amountSatang: bigint; cutReason: string | null };

/** A cut reason shorter than this does not explain anything. */
export const MIN_CUT_REASON_LENGTH = 5;

const indexOf = (stage: BudgetStage) => BUDGET_STAGES.indexOf(stage);
const amountAt = (stages: readonly StageAmount[], stage: BudgetStage | undefined) =>
  stages.find((entry) => entry.stage === stage);

/** How much a stage cut from the one before it (0 when it did not cut; null for the request). */
export function cutAt(stages: readonly StageAmount[], stage: BudgetStage): bigint | null {
  const previous = amountAt(stages, BUDGET_STAGES[indexOf(stage) - 1]);
  const current = amountAt(stages, stage);
  if (!previous || !current) {
    return null;
  }
  return previous.amountSatang > current.amountSatang ? previous.amountSatang - current.amountSatang : 0n;
}

const explainedCut = (reason: string | null | undefined) =>
  (reason ?? '').trim().length >= MIN_CUT_REASON_LENGTH;

/** What is wrong with a stage amount: out of order (a conflict) or a cut without its reason (input). */
export type StageProblem = { kind: 'order' | 'reason'; message: Bilingual };

/**
 * Why recording `next` would leave the stages wrong: a stage before its previous one, a cut without a
 * reason, or a correction that makes the following stage an unexplained cut. Empty when it may be saved.
 */
export function stageProblems(stages: readonly StageAmount[], next: StageAmount): StageProblem[] {
  const problems: StageProblem[] = [];
  const position = indexOf(next.stage);
  const previousStage = BUDGET_STAGES[position - 1];
  const previous = amountAt(stages, previousStage);
  if (previousStage && !previous) {
    const label = BUDGET_STAGE_LABELS[previousStage];
    problems.push({
      kind: 'order',
      message: { th: `ต้องบันทึกวงเงินขั้น "${label.th}" ก่อน`, en: `Record the "${label.en}" amount first` },
    });
  }
  if (previous && next.amountSatang < previous.amountSatang && !explainedCut(next.cutReason)) {
    const cut = formatBaht(previous.amountSatang - next.amountSatang);
    problems.push({
      kind: 'reason',
      message: {
        th: `วงเงินลดลง ${cut} บาทจากขั้นก่อนหน้า ต้องระบุเหตุผลการปรับลด (อย่างน้อย ${MIN_CUT_REASON_LENGTH} ตัวอักษร)`,
        en: `The amount is ${cut} baht below the previous stage: give the reason for the cut (at least ${MIN_CUT_REASON_LENGTH} characters)`,
      },
    });
  }
  const following = amountAt(stages, BUDGET_STAGES[position + 1]);
  if (following && following.amountSatang < next.amountSatang && !explainedCut(following.cutReason)) {
    problems.push({
      kind: 'order',
      message: {
        th: 'วงเงินนี้มากกว่าขั้นถัดไปซึ่งไม่มีเหตุผลการปรับลด ให้แก้ไขขั้นถัดไปก่อน',
        en: 'This amount is above the next stage, which has no cut reason; correct the next stage first',
      },
    });
  }
  return problems;
}
