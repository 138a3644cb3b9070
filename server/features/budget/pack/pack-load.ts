import type { Actor } from '../../../../domain/auth/policy.js';
import type { PackDocument } from '../../../../domain/budget/pack-document.js';
import { PACK_BUDGET_TYPES, PACK_STATUSES, packProjectOf } from '../../../../domain/budget/pack-pages.js';
import type { ExplanationPackRequest } from '../../../../domain/budget/pack-request.js';
import { buildPackSummary } from '../../../../domain/budget/pack-summary.js';
import type { Queryable } from '../../../platform/db/client.js';
import { listProjectsFor, loadProjectsByIds } from '../../projects/public.js';
import { packLabelsOf } from './pack-labels.js';
import { authorizePack } from './scope.js';

const STAGE_LABELS = { request: 'คำของบประมาณ', latest: 'ขั้นตอนงบประมาณล่าสุดที่บันทึก' } as const;

/**
 * The pack of one fiscal year of a province (its own projects) or a cluster (its cluster projects),
 * read under the actor: the permission is checked first, and row-level security applies to every read.
 */
export async function loadPackDocument(
  tx: Queryable,
  actor: Actor,
  request: ExplanationPackRequest,
  now = new Date(),
): Promise<PackDocument> {
  const placement = await authorizePack(tx, actor, request);
  const listed = await listProjectsFor(tx, actor, {
    fiscalYear: request.fiscalYear,
    ...(request.provinceCode === undefined
      ? { clusterId: request.clusterId }
      : { provinceCode: request.provinceCode }),
  });
  const projects = await loadProjectsByIds(
    tx,
    actor,
    listed.filter((project) => PACK_STATUSES.has(project.status)).map((project) => project.id),
  );
  const labels = await packLabelsOf(tx, projects);
  const entries = projects.map((project) => packProjectOf(project, labels, [], request.amounts));
  return {
    fiscalYear: request.fiscalYear,
    areaTitle: placement.areaTitle,
    stageLabel: STAGE_LABELS[request.amounts],
    summary: buildPackSummary(
      entries.map((entry) => entry.summary),
      PACK_BUDGET_TYPES,
    ),
    projects: entries.map((entry) => entry.page),
    generatedAt: now,
  };
}
