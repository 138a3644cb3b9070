import { and, between, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Items } from '../../../domain/common/paging.js';
import { meaningfulWords } from '../../../domain/needs/similarity.js';
import type { SimilarProjectsQuery, SimilarReportQuery } from '../../../domain/projects/project-query.js';
import type { SimilarPair, SimilarProject } from '../../../domain/projects/project-response.js';
import {
  scoreSimilarProject,
  sharedAreas,
  SIMILAR_PROJECT_THRESHOLD,
  SIMILAR_YEARS_BACK,
  trigramSimilarity,
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

async function locationsOf(tx: Queryable, ids: string[]): Promise<Map<string, string[]>> {
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

/**
 * The similar-project report: pairs of visible projects in the fiscal year and the two before, with
 * alike titles and overlapping areas, across agencies (possible duplicate spending).
 */
export async function similarProjectReport(
  deps: DatabaseDeps,
  actor: Actor,
  query: SimilarReportQuery,
): Promise<Items<SimilarPair>> {
  authorize(actor, 'project.read', query.areaCode ?? undefined);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(projects)
      .where(
        and(
          projectsInViewScope(actor),
          between(projects.fiscalYear, query.fiscalYear - SIMILAR_YEARS_BACK, query.fiscalYear),
          query.areaCode ? sql`${projects.provinceCode} = ${query.areaCode.slice(0, 2)}` : undefined,
        ),
      );
    const places = await locationsOf(
      tx,
      rows.map((row) => row.id),
    );
    const words = new Map(rows.map((row) => [row.id, meaningfulWords(row.title)]));
    const pairs: { a: (typeof rows)[number]; b: (typeof rows)[number]; similarity: number }[] = [];
    for (const [index, a] of rows.entries()) {
      for (const b of rows.slice(index + 1)) {
        const overlap = sharedAreas(
          places.get(a.id) ?? [a.provinceCode],
          places.get(b.id) ?? [b.provinceCode],
        );
        if (overlap.length === 0) {
          continue;
        }
        const similarity = scoreSimilarProject({
          titleSimilarity: trigramSimilarity(a.title, b.title),
          queryWords: words.get(a.id) ?? [],
          candidateWords: words.get(b.id) ?? [],
        });
        if (similarity >= query.minSimilarity) {
          pairs.push({ a, b, similarity });
        }
      }
    }
    pairs.sort((x, y) => y.similarity - x.similarity);
    return {
      items: pairs.slice(0, 500).map((pair) => ({
        a: presentProjectSummary(pair.a),
        b: presentProjectSummary(pair.b),
        similarity: pair.similarity,
      })),
    };
  });
}
