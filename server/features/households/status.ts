import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { moveNeedsReason, nextHouseholdStatuses } from '../../../domain/households/household.js';
import type { StatusInput } from '../../../domain/households/household-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { HOUSEHOLD, householdDetailOf, loadManageableHousehold } from './access.js';
import { households, householdStatusEvents } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** Moves a case along identified → helped → out of need (If-Match); back into need takes a reason. */
export async function moveHouseholdStatus(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<StatusInput, 'version'>,
) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const row = await loadManageableHousehold(tx, actor, id);
    if (row.version !== expected) {
      throw staleVersion(row.version);
    }
    if (!nextHouseholdStatuses(row.status).includes(input.status)) {
      throw conflict({
        th: 'สถานะนี้ไปต่อเป็นสถานะที่เลือกไม่ได้',
        en: `A case that is ${row.status} cannot move to ${input.status}`,
      });
    }
    if (moveNeedsReason(row.status, input.status) && !input.reason) {
      throw invalid([
        {
          path: 'reason',
          message: { th: 'กลับสู่ภาวะยากลำบากต้องระบุเหตุผล', en: 'Going back into need takes a reason' },
        },
      ]);
    }
    if (input.on < row.statusChangedOn) {
      throw invalid([
        {
          path: 'on',
          message: {
            th: 'วันที่ต้องไม่ก่อนการเปลี่ยนสถานะครั้งก่อน',
            en: 'The date cannot be before the last status change',
          },
        },
      ]);
    }
    const [updated] = await tx
      .update(households)
      .set({
        status: input.status,
        statusChangedOn: input.on,
        outOfNeedOn: input.status === 'out_of_need' ? input.on : null,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(households.id, id), eq(households.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, households, id, HOUSEHOLD);
    }
    await tx.insert(householdStatusEvents).values({
      householdId: id,
      provinceCode: row.provinceCode,
      fromStatus: row.status,
      toStatus: input.status,
      on: input.on,
      reason: input.reason ?? null,
      actorId: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'household',
      entityId: id,
      action: 'status',
      changes: { status: [row.status, input.status] },
      reason: input.reason ?? null,
      provinceCode: row.provinceCode,
    });
    return householdDetailOf(tx, updated);
  });
}
