import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { isReportable, loadVisibleProject } from './project-access.js';
import { presentOutputs, presentProgress } from './presenter.js';
import { outputActuals, progressReports, resultEvidence } from './tables.js';

/** A project's progress reports (with evidence) and output results, oldest period first. */
export async function getProjectResults(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
): Promise<ProjectResults> {
  authorize(actor, 'result.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadVisibleProject(tx, actor, projectId);
    const reports = await tx
      .select()
      .from(progressReports)
      .where(eq(progressReports.projectId, projectId))
      .orderBy(asc(progressReports.fiscalYear), asc(progressReports.quarter));
    const evidence = await tx
      .select()
      .from(resultEvidence)
      .where(eq(resultEvidence.projectId, projectId))
      .orderBy(asc(resultEvidence.uploadedAt));
    const actuals = await tx
      .select()
      .from(outputActuals)
      .where(eq(outputActuals.projectId, projectId))
      .orderBy(asc(outputActuals.fiscalYear), asc(outputActuals.quarter));
    return {
      projectId,
      code: project.code,
      title: project.title,
      provinceCode: project.provinceCode,
      clusterId: project.clusterId,
      fiscalYear: project.fiscalYear,
      projectStatus: project.status,
      reportable: isReportable(project),
      outputs: presentOutputs(project, actuals),
      progress: reports.map((report) => presentProgress(report, evidence)),
    };
  });
}
