import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { shortText } from '../spending/fields.js';

/** Share of right answers (percent) a participant needs to pass an event's knowledge check. */
export const PASS_PERCENT = 60;

const question = z
  .object({
    text: shortText(1000),
    choices: z.array(shortText(300)).min(2).max(6),
    /** Index of the right choice (0-based); never sent back to participants. */
    answer: z.number().int().min(0).max(5),
  })
  .strict()
  .refine((item) => item.answer < item.choices.length, {
    ...bilingualMessage('คำตอบที่ถูกต้องต้องเป็นหนึ่งในตัวเลือก', 'The right answer must be one of the choices'),
    path: ['answer'],
  });

/** The short check of an event, set by its organiser; replacing it is refused once someone took it. */
export const questionsInputSchema = z.object({ questions: z.array(question).min(1).max(30) }).strict();
export type QuestionsInput = z.infer<typeof questionsInputSchema>;

/** A participant's answers, one choice index per question in order. */
export const answersInputSchema = z
  .object({ answers: z.array(z.number().int().min(0).max(5)).min(1).max(30) })
  .strict();
export type AnswersInput = z.infer<typeof answersInputSchema>;

export const checkResultSchema = z.object({
  score: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  attempts: z.number().int(),
  takenAt: z.iso.datetime(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The check as a participant sees it: questions without answers, and their own last result. */
export const knowledgeCheckSchema = z.object({
  eventId: z.uuid(),
  questions: z.array(z.object({ index: z.number().int(), text: z.string(), choices: z.array(z.string()) })),
  passPercent: z.number().int(),
  result: checkResultSchema.nullable(),
});
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;

export type AnswerProblem = { path: string; message: { th: string; en: string } };

/** Why a set of answers cannot be scored against the questions, or null when it can. */
export function answerProblems(
  questions: readonly { choices: readonly string[] }[],
  answers: readonly number[],
): AnswerProblem[] {
  if (answers.length !== questions.length) {
    return [
      {
        path: 'answers',
        message: {
          th: `ต้องตอบให้ครบ ${questions.length} ข้อ`,
          en: `Answer all ${questions.length} questions`,
        },
      },
    ];
  }
  return answers.flatMap((answer, index) =>
    answer < (questions[index]?.choices.length ?? 0)
      ? []
      : [
          {
            path: `answers.${index}`,
            message: { th: 'ไม่มีตัวเลือกนี้ในข้อนี้', en: 'This question has no such choice' },
          },
        ],
  );
}

/** Right answers out of the questions, and whether they reach the pass mark. */
export function scoreAnswers(
  questions: readonly { answer: number }[],
  answers: readonly number[],
): { score: number; total: number; passed: boolean } {
  const score = questions.filter((item, index) => answers[index] === item.answer).length;
  const total = questions.length;
  return { score, total, passed: total > 0 && score * 100 >= PASS_PERCENT * total };
}
