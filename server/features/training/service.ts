import { and, eq, inArray, like, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Role } from '../../../domain/auth/roles.js';
import { WORKFLOW_STEP_LABELS, type WorkflowStep } from '../../../domain/regulations/vocabulary.js';
import { untrainedRoles } from '../../../domain/training/requirements.js';
import type { TrainingEvent, Untrained } from '../../../domain/training/responses.js';
import type { ParticipantsInput, TrainingEventInput } from '../../../domain/training/training-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { users, userRoles, userScopes } from '../../platform/auth/tables.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { loadEvents } from './events.js';
import { trainingEvents, trainingParticipants } from './tables.js';

const EVENT = { th: 'การอบรม', en: 'Training event' };

export async function listTrainingEvents(deps: DatabaseDeps, actor: Actor) {
  authorize(actor, 'training.read');
  return { items: await inActorReadTransaction(deps.database, actor, (tx) => loadEvents(tx)) };
}

/** Records an event: a national one needs the centre, a province's one its view scope; audited. */
export async function createTrainingEvent(deps: DatabaseDeps, actor: Actor, input: TrainingEventInput) {
  authorize(actor, 'training.manage', input.provinceCode ?? null);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx
      .insert(trainingEvents)
      .values({ ...input, provinceCode: input.provinceCode ?? null, createdBy: actor.userId })
      .returning({ id: trainingEvents.id });
    const id = row?.id ?? '';
    await recordAudit(tx, actor, {
      entityType: 'training_event',
      entityId: id,
      action: 'create',
      provinceCode: input.provinceCode ?? null,
      after: input,
    });
    const [event] = await loadEvents(tx, [id]);
    return event as TrainingEvent;
  });
}

/** Sets participants (from the user list) and their attendance; each user given is replaced. */
export async function setParticipants(
  deps: DatabaseDeps,
  actor: Actor,
  eventId: string,
  input: ParticipantsInput,
) {
  authorize(actor, 'training.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [event] = await tx.select().from(trainingEvents).where(eq(trainingEvents.id, eventId));
    if (!event) {
      throw notFound(EVENT);
    }
    authorize(actor, 'training.manage', event.provinceCode);
    const ids = input.participants.map((participant) => participant.userId);
    const known = new Set(
      (await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((row) => row.id),
    );
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) {
      throw invalid([
        { path: `participants.${unknown}.userId`, message: { th: 'ไม่พบผู้ใช้นี้', en: 'No such user' } },
      ]);
    }
    for (const participant of input.participants) {
      await tx
        .insert(trainingParticipants)
        .values({ ...participant, eventId, provinceCode: event.provinceCode })
        .onConflictDoUpdate({
          target: [trainingParticipants.eventId, trainingParticipants.userId],
          set: { attended: participant.attended },
        });
    }
    await recordAudit(tx, actor, {
      entityType: 'training_event',
      entityId: eventId,
      action: 'participants',
      provinceCode: event.provinceCode,
      after: { participants: input.participants },
    });
    const [presented] = await loadEvents(tx, [eventId]);
    return presented as TrainingEvent;
  });
}

/** The (topic, role) pairs of a province with nobody trained, from its users' roles and attendance. */
export async function untrainedIn(
  deps: DatabaseDeps,
  actor: Actor,
  provinceCode: string,
): Promise<Untrained> {
  authorize(actor, 'training.read', provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    // A user belongs to the province its scope names (the province itself or an area within it).
    const inProvince = await tx
      .selectDistinct({ userId: userScopes.userId })
      .from(userScopes)
      .innerJoin(users, eq(users.id, userScopes.userId))
      .where(
        and(
          eq(users.isActive, true),
          or(eq(userScopes.scopeRef, provinceCode), like(userScopes.scopeRef, `${provinceCode}__%`)),
        ),
      );
    const ids = inProvince.map((row) => row.userId);
    const roles =
      ids.length === 0 ? [] : await tx.select().from(userRoles).where(inArray(userRoles.userId, ids));
    const attended =
      ids.length === 0
        ? []
        : await tx
            .select({ userId: trainingParticipants.userId, topics: trainingEvents.topics })
            .from(trainingParticipants)
            .innerJoin(trainingEvents, eq(trainingEvents.id, trainingParticipants.eventId))
            .where(and(inArray(trainingParticipants.userId, ids), eq(trainingParticipants.attended, true)));
    const topics = new Map<string, Set<WorkflowStep>>();
    for (const row of attended) {
      const set = topics.get(row.userId) ?? new Set<WorkflowStep>();
      row.topics.forEach((topic) => set.add(topic as WorkflowStep));
      topics.set(row.userId, set);
    }
    const holders = ids.map((userId) => ({
      userId,
      roles: roles.filter((row) => row.userId === userId).map((row) => row.role as Role),
    }));
    return {
      provinceCode,
      flags: untrainedRoles(holders, topics).map((flag) => ({
        ...flag,
        topicLabel: WORKFLOW_STEP_LABELS[flag.topic],
      })),
    };
  });
}
