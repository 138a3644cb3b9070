import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { WorkflowStep } from '../../../domain/regulations/vocabulary.js';
import type { TrainingEvent } from '../../../domain/training/responses.js';
import { users } from '../../platform/auth/tables.js';
import type { Queryable } from '../../platform/db/client.js';
import { trainingCheckResults, trainingEvents, trainingParticipants, trainingQuestions } from './tables.js';

/** Events (all, or the given ones) with participants, their check results and the count of questions. */
export async function loadEvents(tx: Queryable, only?: string[]): Promise<TrainingEvent[]> {
  const rows = await tx
    .select()
    .from(trainingEvents)
    .where(only ? inArray(trainingEvents.id, only) : undefined)
    .orderBy(desc(trainingEvents.heldOn), asc(trainingEvents.title));
  const ids = rows.map((row) => row.id);
  const people =
    ids.length === 0
      ? []
      : await tx
          .select({ participant: trainingParticipants, displayName: users.displayName })
          .from(trainingParticipants)
          .innerJoin(users, eq(users.id, trainingParticipants.userId))
          .where(inArray(trainingParticipants.eventId, ids))
          .orderBy(asc(users.displayName));
  const results =
    ids.length === 0
      ? []
      : await tx.select().from(trainingCheckResults).where(inArray(trainingCheckResults.eventId, ids));
  const questions =
    ids.length === 0
      ? []
      : await tx
          .select({ eventId: trainingQuestions.eventId, count: count() })
          .from(trainingQuestions)
          .where(inArray(trainingQuestions.eventId, ids))
          .groupBy(trainingQuestions.eventId);
  const checkOf = (eventId: string, userId: string) => {
    const result = results.find((row) => row.eventId === eventId && row.userId === userId);
    return result ? { score: result.score, total: result.total, passed: result.passed } : null;
  };
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    venue: row.venue,
    organiser: row.organiser,
    provinceCode: row.provinceCode,
    topics: row.topics as WorkflowStep[],
    provisionIds: row.provisionIds,
    plannedParticipants: row.plannedParticipants,
    isDemo: row.isDemo,
    participants: people
      .filter(({ participant }) => participant.eventId === row.id)
      .map(({ participant, displayName }) => ({
        userId: participant.userId,
        displayName,
        provinceCode: participant.provinceCode,
        attended: participant.attended,
        check: checkOf(row.id, participant.userId),
      })),
    questionCount: questions.find((entry) => entry.eventId === row.id)?.count ?? 0,
  }));
}
