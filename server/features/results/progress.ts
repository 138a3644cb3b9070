import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { progressProblem } from '../../../domain/results/progress.js';
import type { ProgressInput } from '../../../domain/results/results-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict } from '../../platform/http/errors.js';
import { checkVersion } from '../../platform/http/versions.js';
import { loadReportableProject, scopeOf } from './project-access.js';
import { progressReports } from './tables.js';

export async function progressRowsOf(tx: Queryable, projectId: string) {
  return tx.select().from(progressReports).where(eq(progressReports.projectId, projectId));
}

/**
 * Records (or replaces, with If-Match) a project's progress report for a quarter. A report that
 * contradicts the others — progress falling without a reason, "completed" below 100 % — is refused
 * with the reason (409) and nothing is saved.
 */
export async function putProgress(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  expected: number | null,
  input: Omit<ProgressInput, 'version'>,
): Promise<void> {
  await inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadReportableProject(tx, actor, projectId);
    const others = await progressRowsOf(tx, projectId);
    const before = others.find((row) => row.fiscalYear === input.fiscalYear && row.quarter === input.quarter);
    checkVersion(before?.version, expected);
    const problem = progressProblem(input, others);
    if (problem) {
      throw conflict(problem);
    }
    const values = { ...input, reportedBy: actor.userId };
    if (before) {
      await tx
        .update(progressReports)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(and(eq(progressReports.id, before.id), eq(progressReports.version, before.version)));
    } else {
      await tx.insert(progressReports).values({ ...scopeOf(project), ...values });
    }
    await recordAudit(tx, actor, {
      entityType: 'progress_report',
      entityId: `${projectId}/${input.fiscalYear}/${input.quarter}`,
      action: before ? 'update' : 'create',
      provinceCode: project.provinceCode,
      before: before
        ? {
            physicalPercent: before.physicalPercent,
            status: before.status,
            declineReason: before.declineReason,
          }
        : null,
      after: {
        physicalPercent: input.physicalPercent,
        status: input.status,
        declineReason: input.declineReason,
      },
    });
  });
}
