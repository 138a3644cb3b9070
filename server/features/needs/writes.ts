import { and, eq } from 'drizzle-orm';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedFacts } from '../../../domain/needs/need.js';
import { formatNeedReference } from '../../../domain/needs/reference-number.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { NEED, needSearchDocument, reserveRunningNumbers, type NeedRow } from './access.js';
import { presentNeed } from './presenter.js';
import { needSources, needs } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** The stored facts of a need, as edits and imports compare them. */
export function factsOf(need: NeedRow): NeedFacts {
  return {
    areaCode: need.areaCode,
    title: need.title,
    description: need.description,
    origin: need.origin,
    sourceDocument: need.sourceDocument,
    sourceDate: need.sourceDate,
    dimensionId: need.dimensionId,
    households: need.households,
    people: need.people,
    sourcePriority: need.sourcePriority,
    fiscalYear: need.fiscalYear,
  };
}

/**
 * Inserts needs with fresh reference numbers and their own source rows; all facts already checked.
 * `ids` (one per row) lets an import know its needs' ids before writing, to undo them.
 */
export async function insertNeeds(
  tx: Queryable,
  actorUserId: string | null,
  rows: readonly NeedFacts[],
  extra: { isDemo?: boolean; ids?: readonly string[] } = {},
) {
  const byCounter = new Map<string, number>();
  for (const facts of rows) {
    const key = `${provinceCodeOf(facts.areaCode)}:${facts.fiscalYear}`;
    byCounter.set(key, (byCounter.get(key) ?? 0) + 1);
  }
  const next = new Map<string, number>();
  for (const [key, total] of byCounter) {
    const [province = '', year = '0'] = key.split(':');
    next.set(key, await reserveRunningNumbers(tx, province, Number(year), total));
  }
  const values = rows.map((facts, index) => {
    const provinceCode = provinceCodeOf(facts.areaCode);
    const key = `${provinceCode}:${facts.fiscalYear}`;
    const runningNo = next.get(key) ?? 1;
    next.set(key, runningNo + 1);
    return {
      ...facts,
      provinceCode,
      referenceNo: formatNeedReference(provinceCode, facts.fiscalYear, runningNo),
      searchTokens: needSearchDocument(facts.title, facts.description),
      createdBy: actorUserId,
      isDemo: extra.isDemo ?? false,
      ...(extra.ids?.[index] ? { id: extra.ids[index] } : {}),
    };
  });
  const created = values.length > 0 ? await tx.insert(needs).values(values).returning() : [];
  // Callers pair results with their input rows, so return them in input order.
  const order = new Map(values.map((value, index) => [value.referenceNo, index]));
  created.sort((a, b) => (order.get(a.referenceNo) ?? 0) - (order.get(b.referenceNo) ?? 0));
  if (created.length > 0) {
    await tx
      .insert(needSources)
      .values(created.map((need) => ({ needId: need.id, fromNeedId: need.id, ...sourceFieldsOf(need) })));
  }
  return created;
}

function sourceFieldsOf(need: NeedRow) {
  return {
    provinceCode: need.provinceCode,
    origin: need.origin,
    sourceDocument: need.sourceDocument,
    sourceDate: need.sourceDate,
    households: need.households,
    people: need.people,
  };
}

/** Writes changed facts of an existing need, keeps its own source row in step, and audits it. */
export async function applyNeedFacts(
  tx: Queryable,
  actor: Pick<Actor, 'userId'>,
  current: NeedRow,
  facts: NeedFacts,
  reason: string | null,
): Promise<NeedRow> {
  const [updated] = await tx
    .update(needs)
    .set({
      ...facts,
      searchTokens: needSearchDocument(facts.title, facts.description),
      version: current.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(needs.id, current.id), eq(needs.version, current.version)))
    .returning();
  if (!updated) {
    throw await lostVersionRace(tx, needs, current.id, NEED);
  }
  const sources = await tx
    .select({ id: needSources.id, fromNeedId: needSources.fromNeedId })
    .from(needSources)
    .where(eq(needSources.needId, current.id));
  const own = sources.find((source) => source.fromNeedId === current.id);
  if (own) {
    // After a merge the beneficiaries are totals over every source, so only a lone source follows them.
    const { households, people, ...fields } = sourceFieldsOf(updated);
    await tx
      .update(needSources)
      .set(sources.length === 1 ? { ...fields, households, people } : fields)
      .where(eq(needSources.id, own.id));
  }
  await recordAudit(tx, actor, {
    entityType: 'need',
    entityId: current.id,
    action: 'update',
    before: presentNeed(current),
    after: presentNeed(updated),
    reason,
    provinceCode: updated.provinceCode,
  });
  return updated;
}
