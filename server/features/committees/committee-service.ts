import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { COMMITTEE_KIND_SCOPE } from '../../../domain/committees/committee.js';
import type { CommitteeCreate, CommitteeListQuery } from '../../../domain/committees/schemas.js';
import type { CommitteeDetail, CommitteeView } from '../../../domain/committees/responses.js';
import { termCovers } from '../../../domain/committees/terms.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { placementOf } from '../projects/public.js';
import { inViewScope, loadCommittee } from './access.js';
import { presentCommittee, presentMember } from './presenter.js';
import { committeeMembers, committees } from './tables.js';

/** Committees in the actor's view, by Thai name, a keyset page at a time. */
export async function listCommittees(
  deps: DatabaseDeps,
  actor: Actor,
  query: CommitteeListQuery,
): Promise<{ items: CommitteeView[]; nextCursor: string | null }> {
  authorize(actor, 'committee.read');
  const after = query.cursor
    ? sql`(${committees.nameTh}, ${committees.id}) > (${query.cursor.name}, ${query.cursor.id})`
    : undefined;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(committees)
      .where(
        and(
          inViewScope(actor, committees),
          query.provinceCode === undefined ? undefined : eq(committees.provinceCode, query.provinceCode),
          query.clusterId === undefined ? undefined : eq(committees.clusterId, query.clusterId),
          query.kind === undefined ? undefined : eq(committees.kind, query.kind),
          after,
        ),
      )
      .orderBy(asc(committees.nameTh), asc(committees.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(presentCommittee),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ name: last.nameTh, id: last.id }) : null,
    };
  });
}

/** A committee of a province or cluster; its kind must match where it sits. */
export async function createCommittee(
  deps: DatabaseDeps,
  actor: Actor,
  input: CommitteeCreate,
): Promise<CommitteeView> {
  authorize(actor, 'committee.manage');
  const scope = input.clusterId === undefined ? 'province' : 'cluster';
  const expected = COMMITTEE_KIND_SCOPE[input.kind];
  if (expected !== 'either' && expected !== scope) {
    throw invalid([
      {
        path: 'kind',
        message: {
          th: expected === 'province' ? 'คณะกรรมการประเภทนี้เป็นของจังหวัด' : 'คณะกรรมการประเภทนี้เป็นของกลุ่มจังหวัด',
          en: `This kind of committee belongs to a ${expected}`,
        },
      },
    ]);
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const placement = await placementOf(tx, {
      scope,
      provinceCode: input.provinceCode,
      clusterId: input.clusterId,
    });
    authorize(actor, 'committee.manage', placement.provinceCode);
    const [taken] = await tx
      .select({ id: committees.id })
      .from(committees)
      .where(
        and(
          eq(committees.kind, input.kind),
          eq(committees.provinceCode, placement.provinceCode),
          eq(committees.nameTh, input.nameTh),
        ),
      );
    if (taken) {
      throw conflict(
        { th: 'มีคณะกรรมการชื่อนี้อยู่แล้ว', en: 'A committee of this name already exists' },
        { existingId: taken.id },
      );
    }
    const [created] = await tx
      .insert(committees)
      .values({
        kind: input.kind,
        ...placement,
        nameTh: input.nameTh,
        nameEn: input.nameEn ?? null,
        legalBasis: input.legalBasis ?? null,
        secretaryUnit: input.secretaryUnit ?? null,
      })
      .returning();
    if (!created) {
      throw new Error('committee not inserted');
    }
    await recordAudit(tx, actor, {
      entityType: 'committee',
      entityId: created.id,
      action: 'create',
      after: presentCommittee(created),
      provinceCode: created.provinceCode,
    });
    return presentCommittee(created);
  });
}

const ROLE_ORDER = ['chair', 'vice_chair', 'member', 'assistant_secretary', 'secretary'];

/** A committee with the members in office today (chair first, secretaries last) and its other terms. */
export async function getCommittee(deps: DatabaseDeps, actor: Actor, id: string): Promise<CommitteeDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const committee = await loadCommittee(tx, actor, id);
    const rows = await tx
      .select()
      .from(committeeMembers)
      .where(eq(committeeMembers.committeeId, id))
      .orderBy(asc(committeeMembers.validFrom), asc(committeeMembers.personName));
    const today = toBangkokIsoDate(new Date());
    const current = rows
      .filter((row) => termCovers(row, today))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    return {
      ...presentCommittee(committee),
      members: current.map(presentMember),
      otherTerms: rows.filter((row) => !termCovers(row, today)).map(presentMember),
    };
  });
}
