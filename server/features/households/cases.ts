import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { HouseholdDetail } from '../../../domain/households/household-response.js';
import type { HelpInput, HouseholdInput, VisitInput } from '../../../domain/households/household-input.js';
import { initialsOf, maskName, maskNationalId } from '../../../domain/households/national-id.js';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { ConfigDeps, DatabaseDeps } from '../../platform/dependencies.js';
import { invalid } from '../../platform/http/errors.js';
import { agencies } from '../agencies/tables.js';
import { assertCurrentArea } from '../areas/public.js';
import { householdDetailOf, loadManageableHousehold } from './access.js';
import { sealerOf } from './sealing.js';
import { storeSecret } from './secrets.js';
import {
  householdHelp,
  householdMembers,
  households,
  householdStatusEvents,
  householdVisits,
} from './tables.js';

/** The masked forms a member row keeps in clear: the last four digits and the initials. */
export function maskedFieldsOf(member: { nationalId: string; firstName: string; lastName: string }) {
  return {
    nationalIdMasked: maskNationalId(member.nationalId.slice(-4)),
    nameMasked: maskName(initialsOf(`${member.firstName} ${member.lastName}`)),
  };
}

/** Records a case with its members; id numbers, names and the house number are sealed before storing. */
export async function createHousehold(
  deps: ConfigDeps,
  actor: Actor,
  input: HouseholdInput,
): Promise<HouseholdDetail> {
  authorize(actor, 'household.manage', input.areaCode);
  const sealer = sealerOf(deps.config);
  return inActorTransaction(deps.database, actor, async (tx) => {
    await assertCurrentArea(tx, input.areaCode);
    const id = randomUUID();
    const provinceCode = provinceCodeOf(input.areaCode);
    const [row] = await tx
      .insert(households)
      .values({
        id,
        provinceCode,
        districtCode: input.areaCode.slice(0, 4),
        subdistrictCode: input.areaCode.slice(0, 6),
        areaCode: input.areaCode,
        villageNo: input.villageNo,
        houseNoMasked: input.houseNo ? '•••' : null,
        shortfalls: input.shortfalls,
        identifiedOn: input.identifiedOn,
        statusChangedOn: input.identifiedOn,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) {
      throw new Error('insert returned no row');
    }
    await tx.insert(householdStatusEvents).values({
      householdId: id,
      provinceCode,
      toStatus: 'identified',
      on: input.identifiedOn,
      actorId: actor.userId,
    });
    for (const [position, member] of input.members.entries()) {
      const memberId = randomUUID();
      await tx.insert(householdMembers).values({
        id: memberId,
        householdId: id,
        provinceCode,
        position,
        relation: member.relation,
        birthYear: member.birthYear,
        ...maskedFieldsOf(member),
      });
      const { nationalId, firstName, lastName } = member;
      await storeSecret(
        tx,
        sealer,
        { subjectId: memberId, householdId: id, provinceCode, kind: 'member', nationalId },
        { nationalId, firstName, lastName },
      );
    }
    if (input.houseNo) {
      await storeSecret(
        tx,
        sealer,
        { subjectId: id, householdId: id, provinceCode, kind: 'address' },
        {
          houseNo: input.houseNo,
        },
      );
    }
    const detail = await householdDetailOf(tx, row);
    // The audit keeps only what the masked record shows: never a clear id number or name.
    await recordAudit(tx, actor, {
      entityType: 'household',
      entityId: id,
      action: 'create',
      after: { areaCode: detail.areaCode, shortfalls: detail.shortfalls, members: detail.memberCount },
      provinceCode,
    });
    return detail;
  });
}

/** Records help given to a case in one dimension, by an agency, on a date. */
export async function addHelp(deps: DatabaseDeps, actor: Actor, id: string, input: HelpInput) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const row = await loadManageableHousehold(tx, actor, id);
    if (input.agencyId) {
      const [agency] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.id, input.agencyId));
      if (!agency) {
        throw invalid([{ path: 'agencyId', message: { th: 'ไม่พบหน่วยงานที่อ้างถึง', en: 'Unknown agency' } }]);
      }
    }
    await tx
      .insert(householdHelp)
      .values({ ...input, householdId: id, provinceCode: row.provinceCode, recordedBy: actor.userId });
    await recordAudit(tx, actor, {
      entityType: 'household',
      entityId: id,
      action: 'help',
      after: { dimension: input.dimension, agencyName: input.agencyName, givenOn: input.givenOn },
      provinceCode: row.provinceCode,
    });
    return householdDetailOf(tx, row);
  });
}

/** Records a follow-up visit to a case. */
export async function addVisit(deps: DatabaseDeps, actor: Actor, id: string, input: VisitInput) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const row = await loadManageableHousehold(tx, actor, id);
    await tx
      .insert(householdVisits)
      .values({ ...input, householdId: id, provinceCode: row.provinceCode, recordedBy: actor.userId });
    await recordAudit(tx, actor, {
      entityType: 'household',
      entityId: id,
      action: 'visit',
      after: { visitedOn: input.visitedOn },
      provinceCode: row.provinceCode,
    });
    return householdDetailOf(tx, row);
  });
}
