import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Items } from '../../../domain/common/paging.js';
import type { SimilarNeedsQuery } from '../../../domain/needs/need-query.js';
import type { SimilarNeed } from '../../../domain/needs/need-reports.js';
import {
  allWordsQuery,
  anyWordQuery,
  meaningfulWords,
  scoreSimilarNeed,
  SIMILAR_THRESHOLD,
} from '../../../domain/needs/similarity.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { areas } from '../areas/tables.js';
import { needsInViewScope } from './access.js';
import { needs } from './tables.js';

// Of each half (nearest titles, best-ranked shared words): the hint shows at most 10, and every
// candidate is segmented and scored here, so a small pool keeps the call short (~4× less than 200).
const CANDIDATE_POOL = 50;
const MAX_RESULTS = 10;

/**
 * Possible duplicates of a need being typed: candidates of the same province found by title
 * trigrams (nearest 50) or shared words (best 50 by rank, all words before any), scored by title likeness, word overlap and
 * area proximity.
 */
export async function findSimilarNeeds(
  deps: DatabaseDeps,
  actor: Actor,
  query: SimilarNeedsQuery,
): Promise<Items<SimilarNeed>> {
  authorize(actor, 'need.read', query.areaCode);
  const queryWords = meaningfulWords(`${query.title} ${query.description ?? ''}`);
  // Found by need_similar_candidates (province-led trigram and word indexes, same province wall):
  // the needs with all the typed words first, any of them only when those are too few.
  const candidates = sql`need_similar_candidates(${query.areaCode.slice(0, 2)}, ${query.title},
    ${anyWordQuery(queryWords)}, ${allWordsQuery(queryWords)}, ${query.excludeId ?? null}::uuid,
    ${CANDIDATE_POOL}) candidate`;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select({
        id: needs.id,
        referenceNo: needs.referenceNo,
        title: needs.title,
        description: needs.description,
        areaCode: needs.areaCode,
        areaNameTh: areas.nameTh,
        status: needs.status,
        fiscalYear: needs.fiscalYear,
        households: needs.households,
        people: needs.people,
        titleSimilarity: sql<number>`candidate.title_similarity`,
      })
      .from(needs)
      .innerJoin(candidates, sql`candidate.id = ${needs.id}`)
      .leftJoin(areas, eq(areas.code, needs.areaCode))
      .where(needsInViewScope(actor));
    const scored = rows.map(({ titleSimilarity: similarity, description, ...candidate }) => ({
      ...candidate,
      ...scoreSimilarNeed({
        titleSimilarity: Number(similarity),
        queryWords,
        candidateWords: meaningfulWords(`${candidate.title} ${description}`),
        queryAreaCode: query.areaCode,
        candidateAreaCode: candidate.areaCode,
      }),
    }));
    const items = scored
      .filter((candidate) => candidate.score >= SIMILAR_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.referenceNo.localeCompare(b.referenceNo))
      .slice(0, MAX_RESULTS);
    return { items };
  });
}
