import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ReasonInput, SubjectAccessInput } from '../../../domain/households/household-input.js';
import type { ClearMember, SubjectAccessReport } from '../../../domain/households/household-response.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { authorize } from '../../platform/auth/authorize.js';
import { users } from '../../platform/auth/tables.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { ConfigDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { householdDetailOf, MEMBER } from './access.js';
import { sealerOf } from './sealing.js';
import { openSecrets, subjectsWithId } from './secrets.js';
import { householdMembers, households } from './tables.js';

const erased = () =>
  conflict({
    th: 'ข้อมูลส่วนบุคคลของครัวเรือนนี้ถูกลบตามระยะเวลาการเก็บรักษาแล้ว',
    en: 'This case’s personal data was erased under the retention setting',
  });

async function loadMemberWithHousehold(tx: Queryable, id: string) {
  const [member] = await tx.select().from(householdMembers).where(eq(householdMembers.id, id));
  const [household] = member
    ? await tx.select().from(households).where(eq(households.id, member.householdId))
    : [];
  if (!member || !household) {
    throw notFound(MEMBER);
  }
  return { member, household };
}

/**
 * POST /household-members/{id}/unmask: one member's id number and name in clear, for a holder of the
 * right over the case's area, with the reason written to the audit trail in the same transaction.
 */
export async function unmaskMember(
  deps: ConfigDeps,
  actor: Actor,
  id: string,
  input: ReasonInput,
): Promise<ClearMember> {
  authorize(actor, 'household.unmask');
  const sealer = sealerOf(deps.config);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { member, household } = await loadMemberWithHousehold(tx, id);
    authorize(actor, 'household.unmask', household.areaCode);
    const secret = (await openSecrets(tx, sealer, [id])).get(id);
    if (household.personalErasedAt || !secret) {
      throw erased();
    }
    await recordAudit(tx, actor, {
      entityType: 'household_member',
      entityId: id,
      action: 'unmask',
      reason: input.reason,
      provinceCode: household.provinceCode,
    });
    return {
      id: member.id,
      householdId: household.id,
      nationalId: secret.nationalId ?? '',
      firstName: secret.firstName ?? '',
      lastName: secret.lastName ?? '',
    };
  });
}

/** Who disclosed or changed a member's record and why, oldest first (the audit of member and case). */
async function disclosuresOf(tx: Queryable, memberId: string, householdId: string) {
  const rows = await tx
    .select({
      at: auditEvents.occurredAt,
      action: auditEvents.action,
      actorName: users.displayName,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      or(
        and(eq(auditEvents.entityType, 'household_member'), eq(auditEvents.entityId, memberId)),
        and(eq(auditEvents.entityType, 'household'), eq(auditEvents.entityId, householdId)),
      ),
    )
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

/**
 * POST /households/subject-access: everything held on one person (found by the keyed hash of the id
 * number) within the actor's scope: clear fields, the case, help and visits, and every disclosure.
 */
export async function subjectAccessReport(
  deps: ConfigDeps,
  actor: Actor,
  input: SubjectAccessInput,
): Promise<SubjectAccessReport> {
  authorize(actor, 'household.subjectAccess');
  const sealer = sealerOf(deps.config);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const subjects = await subjectsWithId(tx, sealer, input.nationalId);
    const ids = subjects.map((subject) => subject.subjectId);
    const members =
      ids.length === 0
        ? []
        : await tx.select().from(householdMembers).where(inArray(householdMembers.id, ids));
    const records: SubjectAccessReport['records'] = [];
    for (const member of members) {
      const { household } = await loadMemberWithHousehold(tx, member.id);
      authorize(actor, 'household.subjectAccess', household.areaCode);
      const secrets = await openSecrets(tx, sealer, [member.id, household.id]);
      const clear = secrets.get(member.id) ?? {};
      const { members: _members, nextStatuses: _next, ...detail } = await householdDetailOf(tx, household);
      records.push({
        member: {
          id: member.id,
          householdId: household.id,
          nationalId: clear.nationalId ?? '',
          firstName: clear.firstName ?? '',
          lastName: clear.lastName ?? '',
          relation: member.relation,
          birthYear: member.birthYear,
        },
        household: { ...detail, houseNo: secrets.get(household.id)?.houseNo ?? null },
        disclosures: await disclosuresOf(tx, member.id, household.id),
      });
      await recordAudit(tx, actor, {
        entityType: 'household_member',
        entityId: member.id,
        action: 'subject_access',
        reason: input.reason,
        provinceCode: household.provinceCode,
      });
    }
    return { generatedAt: new Date().toISOString(), nationalId: input.nationalId, records };
  });
}
