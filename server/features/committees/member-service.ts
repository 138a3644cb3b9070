import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { MemberSaved } from '../../../domain/committees/responses.js';
import type { MemberCreate, MemberUpdate } from '../../../domain/committees/schemas.js';
import { termWarnings } from '../../../domain/committees/terms.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { users } from '../../platform/auth/tables.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { loadCommittee } from './access.js';
import { presentMember } from './presenter.js';
import { committeeMembers } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

const MEMBER = { th: 'กรรมการ', en: 'Committee member' };

/** The appointment as stored: optional fields as null. */
const appointment = (input: MemberCreate) => ({
  personName: input.personName,
  position: input.position,
  organisation: input.organisation ?? null,
  seatType: input.seatType,
  role: input.role,
  userId: input.userId ?? null,
  validFrom: input.validFrom,
  validTo: input.validTo ?? null,
});

async function assertAccount(tx: Queryable, userId: string | null | undefined) {
  if (!userId) {
    return;
  }
  const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!account) {
    throw invalid([{ path: 'userId', message: { th: 'ไม่พบบัญชีผู้ใช้นี้', en: 'Unknown user account' } }]);
  }
}

/** The term rule's warnings for an appointment against the committee's other terms. */
async function warningsFor(
  tx: Queryable,
  committeeId: string,
  term: ReturnType<typeof appointment>,
  except?: string,
) {
  const others = await tx
    .select()
    .from(committeeMembers)
    .where(
      and(
        eq(committeeMembers.committeeId, committeeId),
        except ? ne(committeeMembers.id, except) : undefined,
      ),
    );
  return termWarnings(term, others);
}

/** Appoints a member for a dated term; the term rule answers as warnings, never a refusal. */
export async function addMember(
  deps: DatabaseDeps,
  actor: Actor,
  committeeId: string,
  input: MemberCreate,
): Promise<MemberSaved> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const committee = await loadCommittee(tx, actor, committeeId, 'committee.manage');
    await assertAccount(tx, input.userId);
    const term = appointment(input);
    const warnings = await warningsFor(tx, committeeId, term);
    const [created] = await tx
      .insert(committeeMembers)
      .values({ committeeId, ...term, provinceCode: committee.provinceCode, clusterId: committee.clusterId })
      .returning();
    if (!created) {
      throw new Error('committee member not inserted');
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_member',
      entityId: created.id,
      action: 'create',
      after: presentMember(created),
      reason: warnings.map((warning) => warning.message.th).join(' ') || null,
      provinceCode: committee.provinceCode,
    });
    return { ...presentMember(created), warnings };
  });
}

/** Corrects a member's appointment under If-Match; the term rule is checked again, as warnings. */
export async function updateMember(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: MemberUpdate,
): Promise<MemberSaved> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    authorize(actor, 'committee.read');
    const [member] = await tx.select().from(committeeMembers).where(eq(committeeMembers.id, id));
    if (!member) {
      throw notFound(MEMBER);
    }
    await loadCommittee(tx, actor, member.committeeId, 'committee.manage');
    if (member.version !== expected) {
      throw staleVersion(member.version);
    }
    await assertAccount(tx, input.userId);
    const term = appointment(input);
    const warnings = await warningsFor(tx, member.committeeId, term, id);
    const [updated] = await tx
      .update(committeeMembers)
      .set({ ...term, version: expected + 1, updatedAt: new Date() })
      .where(and(eq(committeeMembers.id, id), eq(committeeMembers.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, committeeMembers, id, MEMBER);
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_member',
      entityId: id,
      action: 'update',
      before: presentMember(member),
      after: presentMember(updated),
      reason: warnings.map((warning) => warning.message.th).join(' ') || null,
      provinceCode: updated.provinceCode,
    });
    return { ...presentMember(updated), warnings };
  });
}
