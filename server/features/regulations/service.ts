import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type {
  ProvisionInput,
  RegulationInput,
  RegulationVersionInput,
} from '../../../domain/regulations/regulation-input.js';
import type { Regulation } from '../../../domain/regulations/responses.js';
import { planNewVersion, versionInForce } from '../../../domain/regulations/versions.js';
import { toBangkokIsoDate, toSearchDocument } from '../../../domain/thai/index.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound, staleVersion } from '../../platform/http/errors.js';
import { presentProvision, presentRegulationSummary, presentVersion } from './presenter.js';
import { regulationCitations, regulationProvisions, regulations, regulationVersions } from './tables.js';

export const REGULATION = { th: 'ระเบียบ/กฎหมาย', en: 'Regulation' };

/** The search document of an entry: title, number, issuing body and summary, Thai segmented. */
export function regulationSearchDocument(input: RegulationInput): string {
  return toSearchDocument(
    [input.titleTh, input.titleEn, input.number, input.issuingBody, input.summary].filter(Boolean).join(' '),
  );
}

/** The search document of a provision: its reference, heading and text, Thai segmented. */
export function provisionSearchDocument(input: ProvisionInput): string {
  return toSearchDocument([input.reference, input.heading, input.text].filter(Boolean).join(' '));
}

/** An entry with its versions (the one in force on `on`), provisions and what cites them. */
export async function loadRegulation(tx: Queryable, id: string, on: string): Promise<Regulation> {
  const [row] = await tx.select().from(regulations).where(eq(regulations.id, id));
  if (!row) {
    throw notFound(REGULATION);
  }
  const versions = await tx
    .select()
    .from(regulationVersions)
    .where(eq(regulationVersions.regulationId, id))
    .orderBy(asc(regulationVersions.effectiveFrom));
  const provisions = await tx
    .select()
    .from(regulationProvisions)
    .where(eq(regulationProvisions.regulationId, id))
    .orderBy(asc(regulationProvisions.sortOrder), asc(regulationProvisions.createdAt));
  const citations =
    provisions.length === 0
      ? []
      : await tx
          .select()
          .from(regulationCitations)
          .where(
            inArray(
              regulationCitations.provisionId,
              provisions.map((provision) => provision.id),
            ),
          )
          .orderBy(asc(regulationCitations.targetKind), asc(regulationCitations.targetKey));
  return {
    ...presentRegulationSummary(row),
    versions: versions.map(presentVersion),
    inForceVersionId: versionInForce(versions, on)?.id ?? null,
    provisions: provisions.map((provision) => presentProvision(provision, citations)),
  };
}

/** One entry of the library; `on` picks the version in force (default: today in Bangkok). */
export async function getRegulation(deps: DatabaseDeps, actor: Actor, id: string, on?: string) {
  authorize(actor, 'regulation.read');
  return inActorReadTransaction(deps.database, actor, (tx) =>
    loadRegulation(tx, id, on ?? toBangkokIsoDate(new Date())),
  );
}

/** Adds an entry to the library (administrators); audited. */
export async function createRegulation(deps: DatabaseDeps, actor: Actor, input: RegulationInput) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx
      .insert(regulations)
      .values({ ...input, searchTokens: regulationSearchDocument(input) })
      .returning();
    if (!row) {
      throw new Error('regulation insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'regulation',
      entityId: row.id,
      action: 'create',
      after: input,
    });
    return loadRegulation(tx, row.id, toBangkokIsoDate(new Date()));
  });
}

/** Replaces an entry's fields (If-Match); audited with the changed fields. */
export async function updateRegulation(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: RegulationInput,
) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [before] = await tx.select().from(regulations).where(eq(regulations.id, id)).for('update');
    if (!before) {
      throw notFound(REGULATION);
    }
    if (before.version !== expected) {
      throw staleVersion(before.version);
    }
    await tx
      .update(regulations)
      .set({
        ...input,
        searchTokens: regulationSearchDocument(input),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(regulations.id, id));
    await recordAudit(tx, actor, {
      entityType: 'regulation',
      entityId: id,
      action: 'update',
      before,
      after: input,
    });
    return loadRegulation(tx, id, toBangkokIsoDate(new Date()));
  });
}

/** Adds a version of the text from a date; the open version closes that day. */
export async function addRegulationVersion(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  input: RegulationVersionInput,
) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [entry] = await tx.select().from(regulations).where(eq(regulations.id, id)).for('update');
    if (!entry) {
      throw notFound(REGULATION);
    }
    const existing = await tx
      .select()
      .from(regulationVersions)
      .where(eq(regulationVersions.regulationId, id));
    const plan = planNewVersion(existing, input.effectiveFrom);
    if ('problem' in plan) {
      throw conflict(plan.problem);
    }
    if (plan.closeId) {
      await tx
        .update(regulationVersions)
        .set({ effectiveTo: input.effectiveFrom })
        .where(eq(regulationVersions.id, plan.closeId));
    }
    const [row] = await tx
      .insert(regulationVersions)
      .values({ ...input, regulationId: id })
      .returning({ id: regulationVersions.id });
    await recordAudit(tx, actor, {
      entityType: 'regulation_version',
      entityId: row?.id ?? id,
      action: 'create',
      after: { regulationId: id, ...input, closedVersionId: plan.closeId },
    });
    return loadRegulation(tx, id, toBangkokIsoDate(new Date()));
  });
}

/** Adds a provision at the end of an entry. */
export async function addProvision(deps: DatabaseDeps, actor: Actor, id: string, input: ProvisionInput) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const entry = await loadRegulation(tx, id, toBangkokIsoDate(new Date()));
    const [row] = await tx
      .insert(regulationProvisions)
      .values({
        ...input,
        regulationId: id,
        sortOrder: entry.provisions.length,
        searchTokens: provisionSearchDocument(input),
      })
      .returning({ id: regulationProvisions.id });
    await recordAudit(tx, actor, {
      entityType: 'regulation_provision',
      entityId: row?.id ?? id,
      action: 'create',
      after: { regulationId: id, ...input },
    });
    return loadRegulation(tx, id, toBangkokIsoDate(new Date()));
  });
}
