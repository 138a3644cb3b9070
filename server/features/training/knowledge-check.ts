import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  answerProblems,
  PASS_PERCENT,
  scoreAnswers,
  type AnswersInput,
  type CheckResult,
  type KnowledgeCheck,
  type QuestionsInput,
} from '../../../domain/training/knowledge-check.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { trainingCheckResults, trainingEvents, trainingParticipants, trainingQuestions } from './tables.js';

const EVENT = { th: 'การอบรม', en: 'Training event' };

export async function eventRow(tx: Queryable, eventId: string) {
  const [event] = await tx.select().from(trainingEvents).where(eq(trainingEvents.id, eventId));
  if (!event) {
    throw notFound(EVENT);
  }
  return event;
}

const questionsOf = (tx: Queryable, eventId: string) =>
  tx
    .select()
    .from(trainingQuestions)
    .where(eq(trainingQuestions.eventId, eventId))
    .orderBy(asc(trainingQuestions.position));

function presentResult(row: typeof trainingCheckResults.$inferSelect): CheckResult {
  const { score, total, passed, attempts } = row;
  return { score, total, passed, attempts, takenAt: row.takenAt.toISOString() };
}

async function checkOf(tx: Queryable, actor: Actor, eventId: string): Promise<KnowledgeCheck> {
  const questions = await questionsOf(tx, eventId);
  const [result] = await tx
    .select()
    .from(trainingCheckResults)
    .where(and(eq(trainingCheckResults.eventId, eventId), eq(trainingCheckResults.userId, actor.userId)));
  return {
    eventId,
    questions: questions.map((row) => ({ index: row.position, text: row.text, choices: row.choices })),
    passPercent: PASS_PERCENT,
    result: result ? presentResult(result) : null,
  };
}

/** The event's check as the reader takes it (no right answers) with the reader's last result. */
export async function knowledgeCheck(deps: DatabaseDeps, actor: Actor, eventId: string) {
  authorize(actor, 'training.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    await eventRow(tx, eventId);
    return checkOf(tx, actor, eventId);
  });
}

/** Sets the questions of an event; refused once anyone has taken the check (their scores would lie). */
export async function setQuestions(deps: DatabaseDeps, actor: Actor, eventId: string, input: QuestionsInput) {
  authorize(actor, 'training.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const event = await eventRow(tx, eventId);
    authorize(actor, 'training.manage', event.provinceCode);
    const [taken] = await tx
      .select({ userId: trainingCheckResults.userId })
      .from(trainingCheckResults)
      .where(eq(trainingCheckResults.eventId, eventId))
      .limit(1);
    if (taken) {
      throw conflict({
        th: 'มีผู้ทำแบบทดสอบแล้ว จึงแก้ไขคำถามไม่ได้',
        en: 'Someone has taken the check already, so its questions cannot change',
      });
    }
    await tx.delete(trainingQuestions).where(eq(trainingQuestions.eventId, eventId));
    await tx.insert(trainingQuestions).values(
      input.questions.map((question, position) => ({
        ...question,
        eventId,
        position,
        provinceCode: event.provinceCode,
      })),
    );
    await recordAudit(tx, actor, {
      entityType: 'training_event',
      entityId: eventId,
      action: 'questions',
      provinceCode: event.provinceCode,
      after: { questions: input.questions.length },
    });
    return checkOf(tx, actor, eventId);
  });
}

/** Scores a participant's answers and keeps the result (the last attempt, with the count of attempts). */
export async function takeCheck(deps: DatabaseDeps, actor: Actor, eventId: string, input: AnswersInput) {
  authorize(actor, 'training.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const event = await eventRow(tx, eventId);
    const [participant] = await tx
      .select()
      .from(trainingParticipants)
      .where(and(eq(trainingParticipants.eventId, eventId), eq(trainingParticipants.userId, actor.userId)));
    if (!participant) {
      throw conflict({
        th: 'แบบทดสอบนี้สำหรับผู้เข้าอบรมของการอบรมนี้เท่านั้น',
        en: 'Only participants of this event take its check',
      });
    }
    const questions = await questionsOf(tx, eventId);
    if (questions.length === 0) {
      throw conflict({ th: 'การอบรมนี้ยังไม่มีแบบทดสอบ', en: 'This event has no check yet' });
    }
    const problems = answerProblems(questions, input.answers);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const scored = scoreAnswers(questions, input.answers);
    const values = { ...scored, answers: input.answers, takenAt: new Date() };
    await tx
      .insert(trainingCheckResults)
      .values({ ...values, eventId, userId: actor.userId, provinceCode: event.provinceCode })
      .onConflictDoUpdate({
        target: [trainingCheckResults.eventId, trainingCheckResults.userId],
        set: { ...values, attempts: sql`${trainingCheckResults.attempts} + 1` },
      });
    await recordAudit(tx, actor, {
      entityType: 'training_event',
      entityId: eventId,
      action: 'check',
      provinceCode: event.provinceCode,
      after: { score: scored.score, total: scored.total, passed: scored.passed },
    });
    return checkOf(tx, actor, eventId);
  });
}
