import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { meaningfulWords } from '../../../domain/needs/similarity.js';
import type { SimilarReportKey, SimilarReportQuery } from '../../../domain/projects/project-query.js';
import type { SimilarPair, SimilarReport } from '../../../domain/projects/project-response.js';
import {
  scoreSimilarProject,
  sharedAreas,
  SIMILAR_YEARS_BACK,
  trigramSimilarity,
} from '../../../domain/projects/similarity.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { projectsInViewScope, type ProjectRow } from './access.js';
import { agencyNames } from './list.js';
import { presentProjectSummary } from './presenter.js';
import { locationsOf } from './similar.js';
import { projects } from './tables.js';

/** Nearest titles looked at per project, and projects read per batch and per page at most. */
const NEIGHBOURS = 5;
const ANCHOR_BATCH = 250;
const MAX_BATCHES = 4;

type Candidate = { anchor_id: string; p: string; fy: number; code: string; other_id: string | null };

/**
 * A batch of projects in the report's order (province, newest year, code) after the cursor, each
 * with its nearest titles among later-id projects of its province in the same years: the GiST
 * trigram index (province, title) answers each neighbour search, so no pair is formed in memory
 * beyond these few, and each pair is met once (from its lower id).
 */
async function candidateBatch(
  tx: Queryable,
  actor: Actor,
  query: SimilarReportQuery,
  after: SimilarReportKey | undefined,
): Promise<Candidate[]> {
  const [from, to] = [query.fiscalYear - SIMILAR_YEARS_BACK, query.fiscalYear];
  const conditions: SQL[] = [sql`${projects.fiscalYear} between ${from} and ${to}`];
  const inView = projectsInViewScope(actor);
  if (inView) {
    conditions.push(inView);
  }
  if (query.areaCode) {
    conditions.push(sql`${projects.provinceCode} = ${query.areaCode.slice(0, 2)}`);
  }
  if (after) {
    conditions.push(sql`(${projects.provinceCode} > ${after.p} or (${projects.provinceCode} = ${after.p}
      and (${projects.fiscalYear} < ${after.fy} or (${projects.fiscalYear} = ${after.fy} and ${projects.code} > ${after.code}))))`);
  }
  return selectRows<Candidate>(
    tx,
    sql`with anchors as (
        select ${projects.id} as id, ${projects.provinceCode} as p, ${projects.fiscalYear} as fy,
          ${projects.code} as code, ${projects.title} as title
        from ${projects} where ${sql.join(conditions, sql` and `)}
        order by ${projects.provinceCode}, ${projects.fiscalYear} desc, ${projects.code}
        limit ${ANCHOR_BATCH})
      select a.id as anchor_id, a.p, a.fy, a.code, n.id as other_id
      from anchors a left join lateral (
        select o.id from projects o
        where o.province_code = a.p and o.fiscal_year between ${from} and ${to} and o.id > a.id
        order by o.title <-> a.title limit ${NEIGHBOURS}) n on true
      order by a.p, a.fy desc, a.code`,
  );
}

/** The pairs of a batch that look alike and share an area, in the report's order. */
async function pairsOf(tx: Queryable, candidates: readonly Candidate[], minSimilarity: number) {
  const ids = [...new Set(candidates.flatMap((row) => [row.anchor_id, row.other_id ?? []].flat()))];
  const rows: ProjectRow[] =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(projects)
          .where(sql`${projects.id} = any(${sql.param(ids)}::uuid[])`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const places = await locationsOf(tx, ids);
  const found: { anchorId: string; a: ProjectRow; b: ProjectRow; similarity: number }[] = [];
  for (const candidate of candidates) {
    const [a, b] = [byId.get(candidate.anchor_id), byId.get(candidate.other_id ?? '')];
    if (
      !a ||
      !b ||
      sharedAreas(places.get(a.id) ?? [a.provinceCode], places.get(b.id) ?? [b.provinceCode]).length === 0
    ) {
      continue;
    }
    const similarity = scoreSimilarProject({
      titleSimilarity: trigramSimilarity(a.title, b.title),
      queryWords: meaningfulWords(a.title),
      candidateWords: meaningfulWords(b.title),
    });
    if (similarity >= minSimilarity) {
      found.push({ anchorId: a.id, a, b, similarity });
    }
  }
  return found;
}

/**
 * The similar-project report: pairs of visible projects in the fiscal year and the two before, with
 * alike titles in overlapping areas, across agencies (possible duplicate spending). Paged by the
 * projects read: a page ends after the project that fills it, or after a bounded number of
 * projects read, so every page costs about the same however many pairs there are.
 */
export async function similarProjectReport(
  deps: DatabaseDeps,
  actor: Actor,
  query: SimilarReportQuery,
): Promise<SimilarReport> {
  authorize(actor, 'project.read', query.areaCode ?? undefined);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const pairs: Awaited<ReturnType<typeof pairsOf>> = [];
    let after = query.cursor;
    let finished = false;
    for (let batch = 0; batch < MAX_BATCHES && !finished && pairs.length < query.limit; batch += 1) {
      const candidates = await candidateBatch(tx, actor, query, after);
      const anchors = [...new Map(candidates.map((row) => [row.anchor_id, row])).values()];
      finished = anchors.length < ANCHOR_BATCH;
      const found = await pairsOf(tx, candidates, query.minSimilarity);
      for (const anchor of anchors) {
        pairs.push(...found.filter((pair) => pair.anchorId === anchor.anchor_id));
        after = { p: anchor.p, fy: Number(anchor.fy), code: anchor.code };
        if (pairs.length >= query.limit) {
          finished = anchor === anchors.at(-1) && finished;
          break;
        }
      }
    }
    const names = await agencyNames(
      tx,
      pairs
        .flatMap((pair) => [pair.a.implementingAgencyId, pair.b.implementingAgencyId])
        .flatMap((id) => id ?? []),
    );
    const present = (row: ProjectRow) =>
      presentProjectSummary(row, names.get(row.implementingAgencyId ?? '') ?? null);
    const items: SimilarPair[] = pairs.map((pair) => ({
      a: present(pair.a),
      b: present(pair.b),
      similarity: pair.similarity,
    }));
    return { items, nextCursor: finished || !after ? null : encodeCursor(after) };
  });
}
