import { sql } from 'drizzle-orm';
import type { SimilarProjectsQuery } from '../../../domain/projects/project-query.js';
import { SIMILAR_YEARS_BACK } from '../../../domain/projects/similarity.js';

/**
 * The hint's candidates as a table `candidate (id, title_similarity)`: the `pool` nearest titles of
 * each province in view (and of its clusters) in the fiscal year and the two before, found by the
 * security-definer `project_similar_candidates` through a GiST trigram index (projects migration 0002).
 */
export const similarProjectCandidates = (query: SimilarProjectsQuery, pool: number) =>
  sql`project_similar_candidates(${query.title}, ${query.fiscalYear - SIMILAR_YEARS_BACK}::int,
    ${query.fiscalYear}::int, ${query.excludeId ?? null}::uuid, ${pool}::int) candidate`;
