import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type {
  CitationInput,
  CitationQuery,
  SupersedeProvisionInput,
} from '../../../domain/regulations/regulation-input.js';
import type { CitedProvision, SupersedeResult } from '../../../domain/regulations/responses.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { presentCitationTarget, presentCitedEntry, presentProvision } from './presenter.js';
import { provisionSearchDocument } from './service.js';
import { regulationCitations, regulationProvisions, regulations } from './tables.js';

const PROVISION = { th: 'บทบัญญัติ', en: 'Provision' };
const CITATION = { th: 'การอ้างอิงบทบัญญัติ', en: 'Citation' };

async function provisionRow(tx: Queryable, id: string) {
  const [row] = await tx.select().from(regulationProvisions).where(eq(regulationProvisions.id, id));
  if (!row) {
    throw notFound(PROVISION);
  }
  return row;
}

/** Cited provisions with their entries: a step's side panel, or everything waiting for review. */
async function citedProvisions(tx: Queryable, where: SQL | undefined): Promise<CitedProvision[]> {
  const rows = await tx
    .select({ citation: regulationCitations, provision: regulationProvisions, regulation: regulations })
    .from(regulationCitations)
    .innerJoin(regulationProvisions, eq(regulationProvisions.id, regulationCitations.provisionId))
    .innerJoin(regulations, eq(regulations.id, regulationProvisions.regulationId))
    .where(where)
    .orderBy(
      asc(regulations.issuedOn),
      asc(regulationProvisions.sortOrder),
      asc(regulationCitations.targetKey),
    );
  return rows.map(({ citation, provision, regulation }) => {
    return {
      citation: presentCitationTarget(citation),
      provision: {
        id: provision.id,
        reference: provision.reference,
        heading: provision.heading,
        text: provision.text,
        status: provision.status,
      },
      regulation: presentCitedEntry(regulation),
    };
  });
}

/** What a step or rule rests on (its side panel), or the citations flagged for review. */
export async function listCitedProvisions(deps: DatabaseDeps, actor: Actor, query: CitationQuery) {
  authorize(actor, 'regulation.read');
  const where = and(
    query.targetKind ? eq(regulationCitations.targetKind, query.targetKind) : undefined,
    query.targetKey ? eq(regulationCitations.targetKey, query.targetKey) : undefined,
    query.needsReview === undefined ? undefined : eq(regulationCitations.needsReview, query.needsReview),
  );
  return { items: await inActorReadTransaction(deps.database, actor, (tx) => citedProvisions(tx, where)) };
}

/** Records that a step or rule rests on a provision in force. */
export async function citeProvision(deps: DatabaseDeps, actor: Actor, input: CitationInput) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const provision = await provisionRow(tx, input.provisionId);
    if (provision.status !== 'in_force') {
      throw conflict({
        th: 'บทบัญญัตินี้ถูกแทนที่แล้ว ให้อ้างอิงบทบัญญัติที่มีผลใช้บังคับ',
        en: 'This provision is superseded; cite one in force',
      });
    }
    const [row] = await tx
      .insert(regulationCitations)
      .values({ ...input, createdBy: actor.userId })
      .returning();
    if (!row) {
      throw new Error('citation insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'regulation_citation',
      entityId: row.id,
      action: 'create',
      after: input,
    });
    const [cited] = await citedProvisions(tx, eq(regulationCitations.id, row.id));
    return cited as CitedProvision;
  });
}

/** Closes a review: the citation keeps its provision or moves to one in force; the flag clears. */
export async function reviewCitation(
  deps: DatabaseDeps,
  actor: Actor,
  citationId: string,
  provisionId: string | null | undefined,
) {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [before] = await tx
      .select()
      .from(regulationCitations)
      .where(eq(regulationCitations.id, citationId));
    if (!before) {
      throw notFound(CITATION);
    }
    if (provisionId && (await provisionRow(tx, provisionId)).status !== 'in_force') {
      throw conflict({ th: 'บทบัญญัติใหม่ต้องมีผลใช้บังคับ', en: 'The new provision must be in force' });
    }
    const after = { provisionId: provisionId ?? before.provisionId, needsReview: false };
    await tx.update(regulationCitations).set(after).where(eq(regulationCitations.id, citationId));
    await recordAudit(tx, actor, {
      entityType: 'regulation_citation',
      entityId: citationId,
      action: 'review',
      before,
      after,
    });
    const [cited] = await citedProvisions(tx, eq(regulationCitations.id, citationId));
    return cited as CitedProvision;
  });
}

/**
 * Supersedes a provision from a date (optionally by a new provision of the same entry) and flags every
 * step and rule citing it for review; the answer lists them.
 */
export async function supersedeProvision(
  deps: DatabaseDeps,
  actor: Actor,
  provisionId: string,
  input: SupersedeProvisionInput,
): Promise<SupersedeResult> {
  authorize(actor, 'regulation.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const before = await provisionRow(tx, provisionId);
    if (before.status === 'superseded') {
      throw conflict({ th: 'บทบัญญัตินี้ถูกแทนที่แล้ว', en: 'This provision is already superseded' });
    }
    const [replacement] = input.replacement
      ? await tx
          .insert(regulationProvisions)
          .values({
            ...input.replacement,
            regulationId: before.regulationId,
            sortOrder: before.sortOrder,
            searchTokens: provisionSearchDocument(input.replacement),
          })
          .returning()
      : [];
    const [superseded] = await tx
      .update(regulationProvisions)
      .set({
        status: 'superseded',
        supersededOn: input.supersededOn,
        supersededById: replacement?.id ?? null,
        supersedeReason: input.reason,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(regulationProvisions.id, provisionId))
      .returning();
    const flagged = await tx
      .update(regulationCitations)
      .set({ needsReview: true })
      .where(eq(regulationCitations.provisionId, provisionId))
      .returning();
    await recordAudit(tx, actor, {
      entityType: 'regulation_provision',
      entityId: provisionId,
      action: 'supersede',
      reason: input.reason,
      before: { status: before.status },
      after: {
        status: 'superseded',
        supersededOn: input.supersededOn,
        replacementId: replacement?.id ?? null,
      },
    });
    return {
      provision: presentProvision(superseded ?? before, flagged),
      replacement: replacement ? presentProvision(replacement, []) : null,
      needsReview: flagged.map(presentCitationTarget),
    };
  });
}
