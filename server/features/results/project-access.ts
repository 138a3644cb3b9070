import type { Actor } from '../../../domain/auth/policy.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { REPORTABLE_PROJECT_STATUSES } from '../../../domain/results/progress.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { loadProjectsByIds } from '../projects/public.js';

export type ProjectScope = { projectId: string; provinceCode: string; clusterId: number | null };

export const scopeOf = (project: Project): ProjectScope => ({
  projectId: project.id,
  provinceCode: project.provinceCode,
  clusterId: project.clusterId,
});

export const isReportable = (project: Project): boolean =>
  (REPORTABLE_PROJECT_STATUSES as readonly string[]).includes(project.status);

/** A project the actor can see, through the projects feature's service (RLS applies), or 404. */
export async function loadVisibleProject(tx: Queryable, actor: Actor, projectId: string): Promise<Project> {
  const [project] = await loadProjectsByIds(tx, actor, [projectId]);
  if (!project) {
    throw notFound({ th: 'ไม่พบโครงการ', en: 'Project not found' });
  }
  return project;
}

/** A project the actor may report results for: capture of its province, and allocated or later (409). */
export async function loadReportableProject(
  tx: Queryable,
  actor: Actor,
  projectId: string,
): Promise<Project> {
  authorize(actor, 'result.record');
  const project = await loadVisibleProject(tx, actor, projectId);
  authorize(actor, 'result.record', project.provinceCode);
  if (!isReportable(project)) {
    throw conflict({
      th: 'รายงานผลได้เมื่อโครงการได้รับจัดสรรงบประมาณแล้วเท่านั้น',
      en: 'Results can be reported only once the project is allocated',
    });
  }
  return project;
}
