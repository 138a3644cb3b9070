import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { RetentionInput } from '../../../domain/households/household-input.js';
import type { RetentionSettings } from '../../../domain/households/household-response.js';
import { erasableBefore } from '../../../domain/households/retention.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps, JobDeps } from '../../platform/dependencies.js';
import type { JobHandler } from '../../platform/jobs/runner.js';
import { presentJob } from '../jobs/public.js';
import { householdMembers, households, householdSecrets, householdSettings } from './tables.js';

export const RETENTION_JOB = 'households.retention';
const BATCH = 200;

async function settingsRow(tx: Queryable) {
  const [row] = await tx.select().from(householdSettings).where(eq(householdSettings.id, 1));
  if (!row) {
    throw new Error('household_settings has no row (migration 0001 inserts it)');
  }
  return row;
}

const present = (row: typeof householdSettings.$inferSelect): RetentionSettings => ({
  retentionYears: row.retentionYears,
  lastPurgeAt: row.lastPurgeAt?.toISOString() ?? null,
  lastPurgeErased: row.lastPurgeErased,
});

/** GET /household-settings: the retention period and the last purge. */
export async function getRetention(deps: DatabaseDeps, actor: Actor): Promise<RetentionSettings> {
  authorize(actor, 'household.read');
  return inActorTransaction(deps.database, actor, async (tx) => present(await settingsRow(tx)));
}

async function queuePurge(deps: JobDeps, actor: Actor) {
  const job = await inSystemTransaction(deps.database, (tx) =>
    deps.jobs.enqueue(tx, { kind: RETENTION_JOB, input: {}, createdBy: actor.userId, provinceCode: null }),
  );
  deps.jobs.wake();
  return presentJob(job);
}

/** PUT /household-settings: a new retention period (administrators), applied at once by a purge job. */
export async function putRetention(deps: JobDeps, actor: Actor, input: RetentionInput) {
  authorize(actor, 'household.configure');
  const settings = await inActorTransaction(deps.database, actor, async (tx) => {
    const before = await settingsRow(tx);
    const [after] = await tx
      .update(householdSettings)
      .set({ retentionYears: input.retentionYears, version: before.version + 1, updatedAt: new Date() })
      .where(eq(householdSettings.id, 1))
      .returning();
    await recordAudit(tx, actor, {
      entityType: 'household_settings',
      entityId: '1',
      action: 'update',
      changes: { retentionYears: [before.retentionYears, input.retentionYears] },
    });
    return present(after ?? before);
  });
  return { settings, job: await queuePurge(deps, actor) };
}

/** POST /household-settings/purge: run the retention purge now (administrators). */
export async function startPurge(deps: JobDeps, actor: Actor) {
  authorize(actor, 'household.configure');
  return { job: await queuePurge(deps, actor) };
}

/**
 * Erases the personal data of cases out of need for longer than the setting: sealed fields go, masked
 * forms are blanked, the case stays (anonymous) for the counts. Short batches, each its own transaction.
 */
export async function purgeExpiredPersonalData(database: DatabaseDeps['database'], today: string) {
  const { retentionYears } = await inSystemTransaction(database, settingsRow);
  const cutoff = erasableBefore(today, retentionYears);
  let erased = 0;
  for (;;) {
    const batch = await inSystemTransaction(database, async (tx) => {
      const due = await tx
        .select({ id: households.id })
        .from(households)
        .where(
          and(
            eq(households.status, 'out_of_need'),
            isNull(households.personalErasedAt),
            lt(households.outOfNeedOn, cutoff),
          ),
        )
        .limit(BATCH);
      const ids = due.map((row) => row.id);
      if (ids.length === 0) {
        return 0;
      }
      await tx.delete(householdSecrets).where(inArray(householdSecrets.householdId, ids));
      await tx
        .update(householdMembers)
        .set({ nationalIdMasked: null, nameMasked: null })
        .where(inArray(householdMembers.householdId, ids));
      await tx
        .update(households)
        .set({ personalErasedAt: new Date(), houseNoMasked: null })
        .where(inArray(households.id, ids));
      for (const id of ids) {
        await recordAudit(tx, null, {
          entityType: 'household',
          entityId: id,
          action: 'retention_erase',
          actorName: 'retention',
          changes: { retentionYears: [null, retentionYears] },
        });
      }
      return ids.length;
    });
    erased += batch;
    if (batch < BATCH) {
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await inSystemTransaction(database, (tx) =>
    tx
      .update(householdSettings)
      .set({ lastPurgeAt: new Date(), lastPurgeErased: erased })
      .where(eq(householdSettings.id, 1)),
  );
  return erased;
}

export const retentionJob: JobHandler = async ({ database }) => {
  const erased = await purgeExpiredPersonalData(database, toBangkokIsoDate(new Date()));
  return { status: 'succeeded', result: { erased } };
};
