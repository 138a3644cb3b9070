import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Items } from '../../../domain/common/paging.js';
import { meaningfulWords } from '../../../domain/needs/similarity.js';
import type { SimilarProjectsQuery } from '../../../domain/projects/project-query.js';
import type { SimilarProject } from '../../../domain/projects/project-response.js';
import {
  scoreSimilarProject,
  sharedAreas,
  SIMILAR_PROJECT_THRESHOLD,
} from '../../../domain/projects/similarity.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { projectsInViewScope } from './access.js';
import { projectLocations } from './child-tables.js';
import { agencyNames } from './list.js';
import { presentProjectSummary } from './presenter.js';
import { similarProjectCandidates } from './similar-candidates.js';
import { projects } from './tables.js';

const CANDIDATE_POOL = 200;
const MAX_HINTS = 10;

/** The area codes each project names, by project id. */
export async function locationsOf(tx: Queryable, ids: string[]): Promise<Map<string, string[]>> {
  const rows =
    ids.length === 0
      ? []
      : await tx.select().from(projectLocations).where(inArray(projectLocations.projectId, ids));
  const byProject = new Map<string, string[]>();
  for (const row of rows) {
    byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row.areaCode]);
  }
  return byProject;
}

/**
 * Possible duplicates of a project being typed: projects of any agency in this and the two previous
 * fiscal years, with a similar Thai title (the nearest by trigrams, scored with shared words) in an
 * overlapping area.
 */
export async function findSimilarProjects(
  deps: DatabaseDeps,
  actor: Actor,
  query: SimilarProjectsQuery,
): Promise<Items<SimilarProject>> {
  authorize(actor, 'project.read');
  const areaCodes = query.areaCodes?.split(',') ?? [];
  const queryWords = meaningfulWords(query.title);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select({ project: projects, titleSimilarity: sql<number>`candidate.title_similarity` })
      .from(projects)
      .innerJoin(similarProjectCandidates(query, CANDIDATE_POOL), sql`candidate.id = ${projects.id}`)
      .where(projectsInViewScope(actor));
    const places = await locationsOf(
      tx,
      rows.map((row) => row.project.id),
    );
    const scored = rows
      .map((row) => ({
        row,
        shared: areaCodes.length === 0 ? [] : sharedAreas(areaCodes, places.get(row.project.id) ?? []),
        similarity: scoreSimilarProject({
          titleSimilarity: Number(row.titleSimilarity),
          queryWords,
          candidateWords: meaningfulWords(row.project.title),
        }),
      }))
      .filter(
        (item) =>
          item.similarity >= SIMILAR_PROJECT_THRESHOLD && (areaCodes.length === 0 || item.shared.length > 0),
      )
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_HINTS);
    const names = await agencyNames(
      tx,
      scored.flatMap((item) => item.row.project.implementingAgencyId ?? []),
    );
    return {
      items: scored.map((item) => ({
        project: presentProjectSummary(
          item.row.project,
          names.get(item.row.project.implementingAgencyId ?? '') ?? null,
        ),
        similarity: item.similarity,
        sharedAreaCodes: item.shared,
      })),
    };
  });
}
