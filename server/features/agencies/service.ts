import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import {
  agencyInputSchema,
  type Agency,
  type AgencyInput,
  type AgencyListFilter,
} from '../../../domain/agencies/agency.js';
import type { Page } from '../../../domain/common/paging.js';
import { fieldErrorsOf } from '../../platform/http/problem.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize, isAllowed } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { areas, clusters } from '../areas/tables.js';
import { presentAgency } from './presenter.js';
import { agencies } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

const AGENCY = { th: 'หน่วยงาน', en: 'Agency' };

/** The first wall: rows in the actor's view scope (national rows are visible to all). */
function inViewScope(actor: Actor): SQL | undefined {
  if (actor.viewScope.all) {
    return undefined;
  }
  const prefixes = actor.viewScope.areaCodes.map((code) => sql`${agencies.areaCode} like ${`${code}%`}`);
  return or(isNull(agencies.provinceCode), ...prefixes);
}

export async function listAgencies(
  deps: DatabaseDeps,
  actor: Actor,
  query: AgencyListFilter,
): Promise<Page<Agency>> {
  authorize(actor, 'agency.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      inViewScope(actor),
      query.provinceCode ? eq(agencies.provinceCode, query.provinceCode) : undefined,
      query.kind ? eq(agencies.kind, query.kind) : undefined,
      query.q
        ? or(
            ilike(agencies.nameTh, `%${query.q}%`),
            ilike(agencies.nameEn, `%${query.q}%`),
            ilike(agencies.shortName, `%${query.q}%`),
          )
        : undefined,
    );
    const rows = await tx
      .select()
      .from(agencies)
      .where(where)
      .orderBy(asc(agencies.provinceCode), asc(agencies.nameTh))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(agencies).where(where);
    return { items: rows.map(presentAgency), total: total?.value ?? 0 };
  });
}

async function loadVisible(tx: Queryable, actor: Actor, id: string) {
  const [row] = await tx.select().from(agencies).where(eq(agencies.id, id));
  // Out of scope reads as not found, so ids of other provinces' agencies reveal nothing.
  if (!row || (row.provinceCode !== null && !isAllowed(actor, 'agency.read', row.areaCode))) {
    throw notFound(AGENCY);
  }
  return row;
}

export async function getAgency(deps: DatabaseDeps, actor: Actor, id: string): Promise<Agency> {
  authorize(actor, 'agency.read');
  return inActorTransaction(deps.database, actor, async (tx) =>
    presentAgency(await loadVisible(tx, actor, id)),
  );
}

async function assertReferences(tx: Queryable, input: Partial<AgencyInput>) {
  const problems = [];
  if (input.areaCode) {
    const [area] = await tx.select({ code: areas.code }).from(areas).where(eq(areas.code, input.areaCode));
    if (!area) {
      problems.push({
        path: 'areaCode',
        message: { th: `ไม่พบพื้นที่รหัส ${input.areaCode}`, en: `Unknown area code ${input.areaCode}` },
      });
    }
  }
  if (input.clusterId) {
    const [cluster] = await tx
      .select({ id: clusters.id })
      .from(clusters)
      .where(eq(clusters.id, input.clusterId));
    if (!cluster) {
      problems.push({ path: 'clusterId', message: { th: 'ไม่พบกลุ่มจังหวัดนี้', en: 'Unknown cluster' } });
    }
  }
  if (input.parentAgencyId) {
    const [parent] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.parentAgencyId));
    if (!parent) {
      problems.push({
        path: 'parentAgencyId',
        message: { th: 'ไม่พบหน่วยงานต้นสังกัด', en: 'Unknown parent agency' },
      });
    }
  }
  if (problems.length > 0) {
    throw invalid(problems);
  }
}

export async function createAgency(deps: DatabaseDeps, actor: Actor, input: AgencyInput): Promise<Agency> {
  authorize(actor, 'agency.manage', input.areaCode ?? null);
  return inActorTransaction(deps.database, actor, async (tx) => {
    await assertReferences(tx, input);
    const [created] = await tx
      .insert(agencies)
      .values({
        nameTh: input.nameTh,
        nameEn: input.nameEn ?? null,
        shortName: input.shortName ?? null,
        kind: input.kind,
        localGovernmentType: input.localGovernmentType ?? null,
        dlaCode: input.dlaCode ?? null,
        budgetUnitCode: input.budgetUnitCode ?? null,
        areaCode: input.areaCode ?? null,
        provinceCode: input.areaCode ? provinceCodeOf(input.areaCode) : null,
        clusterId: input.clusterId ?? null,
        parentAgencyId: input.parentAgencyId ?? null,
        isActive: input.isActive ?? true,
      })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'agency',
      entityId: created.id,
      action: 'create',
      after: presentAgency(created),
      provinceCode: created.provinceCode,
    });
    return presentAgency(created);
  });
}

function editableFields(agency: typeof agencies.$inferSelect): AgencyInput {
  const {
    id: _id,
    provinceCode: _province,
    isDemo: _demo,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = agency;
  return fields;
}

export async function updateAgency(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Partial<AgencyInput> & { reason?: string },
): Promise<Agency> {
  authorize(actor, 'agency.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const current = await loadVisible(tx, actor, id);
    authorize(actor, 'agency.manage', current.areaCode);
    if (input.areaCode !== undefined) {
      authorize(actor, 'agency.manage', input.areaCode);
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const { reason, ...changes } = input;
    const merged = agencyInputSchema.safeParse({ ...editableFields(current), ...changes });
    if (!merged.success) {
      throw invalid(fieldErrorsOf(merged.error.issues));
    }
    await assertReferences(tx, input);
    const areaCode = input.areaCode === undefined ? current.areaCode : input.areaCode;
    const [updated] = await tx
      .update(agencies)
      .set({
        ...changes,
        areaCode,
        provinceCode: areaCode ? provinceCodeOf(areaCode) : null,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(agencies.id, id), eq(agencies.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, agencies, id, AGENCY);
    }
    await recordAudit(tx, actor, {
      entityType: 'agency',
      entityId: id,
      action: 'update',
      before: presentAgency(current),
      after: presentAgency(updated),
      reason: reason ?? null,
      provinceCode: updated.provinceCode,
    });
    return presentAgency(updated);
  });
}
