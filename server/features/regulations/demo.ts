import { eq } from 'drizzle-orm';
import type { CitationTargetKind } from '../../../domain/regulations/vocabulary.js';
import type { Database, Tx } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { DEMO_REGULATIONS, type DemoEntry } from './demo-data.js';
import { provisionSearchDocument, regulationSearchDocument } from './service.js';
import { regulationCitations, regulationProvisions, regulations, regulationVersions } from './tables.js';

/** The original text in force from the issue date, then each amendment closing the one before. */
function versionRows(regulationId: string, entry: DemoEntry, closedOn: string | null) {
  const spans = [{ label: 'ฉบับเดิม', effectiveFrom: entry.issuedOn }, ...(entry.amendments ?? [])];
  return spans.map((span, index) => ({
    regulationId,
    label: span.label,
    effectiveFrom: span.effectiveFrom,
    effectiveTo: spans[index + 1]?.effectiveFrom ?? closedOn,
    url: entry.url,
  }));
}

async function insertEntry(tx: Tx, entry: DemoEntry) {
  const { key: _key, amendments: _amendments, provisions, supersededOn = null, ...fields } = entry;
  const superseded = supersededOn !== null;
  const [row] = await tx
    .insert(regulations)
    .values({
      ...fields,
      status: superseded ? 'superseded' : 'in_force',
      isDemo: true,
      searchTokens: regulationSearchDocument(fields),
    })
    .returning({ id: regulations.id });
  if (!row) {
    throw new Error('demo regulation insert returned no row');
  }
  await tx.insert(regulationVersions).values(versionRows(row.id, entry, supersededOn));
  for (const [sortOrder, provision] of provisions.entries()) {
    const { cites = [], ...text } = provision;
    const [inserted] = await tx
      .insert(regulationProvisions)
      .values({
        ...text,
        regulationId: row.id,
        sortOrder,
        status: superseded ? 'superseded' : 'in_force',
        supersededOn,
        searchTokens: provisionSearchDocument(text),
      })
      .returning({ id: regulationProvisions.id });
    if (inserted && cites.length > 0) {
      await tx.insert(regulationCitations).values(
        cites.map((cite) => {
          const [targetKind, targetKey] = cite.split(':') as [CitationTargetKind, string];
          return { provisionId: inserted.id, targetKind, targetKey };
        }),
      );
    }
  }
}

/** About thirty demo library entries with citations from the workflow steps and rules; once. */
export async function seedDemoRegulations(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const [seeded] = await tx
      .select({ id: regulations.id })
      .from(regulations)
      .where(eq(regulations.isDemo, true))
      .limit(1);
    if (seeded) {
      return;
    }
    for (const entry of DEMO_REGULATIONS) {
      await insertEntry(tx, entry);
    }
  });
}
