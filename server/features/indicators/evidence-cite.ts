import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CitationInput } from '../../../domain/indicators/evidence.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { figureOf } from './evidence-read.js';
import { indicators, needEvidence, planIssueEvidence } from './tables.js';

export const EVIDENCE_WORDS = { th: 'หลักฐานตัวชี้วัด', en: 'Indicator evidence' };

/** The cited figures as they are now; a citation of a figure nobody stored is a field error. */
async function figuresFor(tx: Queryable, citations: readonly CitationInput[]) {
  const ids = [...new Set(citations.map((citation) => citation.indicatorId))];
  const known = new Set(
    (await tx.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, ids))).map(
      (row) => row.id,
    ),
  );
  const figures = [];
  for (const [index, citation] of citations.entries()) {
    const figure = known.has(citation.indicatorId) ? await figureOf(tx, citation) : null;
    if (!figure) {
      throw invalid([
        {
          path: `citations.${index}`,
          message: {
            th: `ไม่มีค่าตัวชี้วัดของพื้นที่ ${citation.areaCode} ปี ${citation.year}`,
            en: `No indicator figure for area ${citation.areaCode} in ${citation.year}`,
          },
        },
      ]);
    }
    figures.push({ ...citation, ...figure });
  }
  return figures;
}

const refreshed = (citedBy: string | null) => ({
  value: sql`excluded.value`,
  numerator: sql`excluded.numerator`,
  denominator: sql`excluded.denominator`,
  citedAt: new Date(),
  citedBy,
});

/** Cites figures on a need (again citing the same figure refreshes it); returns the citation ids. */
export async function insertNeedEvidence(
  tx: Queryable,
  need: { id: string; provinceCode: string },
  citations: readonly CitationInput[],
  citedBy: string | null,
): Promise<string[]> {
  const figures = await figuresFor(tx, citations);
  const rows = await tx
    .insert(needEvidence)
    .values(
      figures.map((figure) => ({ ...figure, needId: need.id, provinceCode: need.provinceCode, citedBy })),
    )
    .onConflictDoUpdate({
      target: [needEvidence.needId, needEvidence.indicatorId, needEvidence.areaCode, needEvidence.year],
      set: refreshed(citedBy),
    })
    .returning({ id: needEvidence.id });
  return rows.map((row) => row.id);
}

/** Cites figures on a development issue of a plan. */
export async function insertIssueEvidence(
  tx: Queryable,
  issue: { id: string; provinceCode: string; clusterId: number | null },
  citations: readonly CitationInput[],
  citedBy: string | null,
): Promise<string[]> {
  const figures = await figuresFor(tx, citations);
  const rows = await tx
    .insert(planIssueEvidence)
    .values(
      figures.map((figure) => ({
        ...figure,
        planIssueId: issue.id,
        provinceCode: issue.provinceCode,
        clusterId: issue.clusterId,
        citedBy,
      })),
    )
    .onConflictDoUpdate({
      target: [
        planIssueEvidence.planIssueId,
        planIssueEvidence.indicatorId,
        planIssueEvidence.areaCode,
        planIssueEvidence.year,
      ],
      set: refreshed(citedBy),
    })
    .returning({ id: planIssueEvidence.id });
  return rows.map((row) => row.id);
}

/** Removes one citation of a need; whether there was one. */
export async function deleteNeedEvidence(
  tx: Queryable,
  needId: string,
  citationId: string,
): Promise<boolean> {
  const rows = await tx
    .delete(needEvidence)
    .where(and(eq(needEvidence.needId, needId), eq(needEvidence.id, citationId)))
    .returning({ id: needEvidence.id });
  return rows.length > 0;
}
