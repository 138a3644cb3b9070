import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { MultiYearApproval, MultiYearApprovalInput } from '../../../domain/budget/multi-year.js';
import { toBangkokIsoDate } from '../../../domain/thai/index.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, notFound, preconditionRequired, staleVersion } from '../../platform/http/errors.js';
import { loadProjectsByIds } from '../projects/public.js';
import { multiYearApprovals } from './stage-tables.js';

type ApprovalRow = typeof multiYearApprovals.$inferSelect;

const present = (row: ApprovalRow): MultiYearApproval => ({
  projectId: row.projectId,
  approvedSatang: String(row.approvedSatang),
  reference: row.reference,
  approvedOn: row.approvedOn,
  version: row.version,
});

/** PUT /projects/:id/multi-year-approval: records (or corrects, with If-Match) the approved full amount. */
export async function recordMultiYearApproval(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  expected: number | undefined,
  input: Omit<MultiYearApprovalInput, 'version'>,
): Promise<MultiYearApproval> {
  authorize(actor, 'budget.record');
  if (input.approvedOn > toBangkokIsoDate(new Date())) {
    throw invalid([
      {
        path: 'approvedOn',
        message: { th: 'วันที่อนุมัติต้องไม่เป็นวันในอนาคต', en: 'The approval date cannot be in the future' },
      },
    ]);
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [project] = await loadProjectsByIds(tx, actor, [projectId]);
    if (!project) {
      throw notFound({ th: 'โครงการ', en: 'Project' });
    }
    authorize(actor, 'budget.record', project.provinceCode);
    const [current] = await tx
      .select()
      .from(multiYearApprovals)
      .where(eq(multiYearApprovals.projectId, projectId))
      .for('update');
    if (current && expected === undefined) {
      throw preconditionRequired();
    }
    if (current && current.version !== expected) {
      throw staleVersion(current.version);
    }
    const values = {
      approvedSatang: BigInt(input.approvedSatang),
      reference: input.reference,
      approvedOn: input.approvedOn,
      recordedBy: actor.userId,
      updatedAt: new Date(),
    };
    const [saved] = current
      ? await tx
          .update(multiYearApprovals)
          .set({ ...values, version: current.version + 1 })
          .where(eq(multiYearApprovals.projectId, projectId))
          .returning()
      : await tx
          .insert(multiYearApprovals)
          .values({ ...values, projectId, provinceCode: project.provinceCode, clusterId: project.clusterId })
          .returning();
    if (!saved) {
      throw new Error('write returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'project_multi_year_approval',
      entityId: projectId,
      action: current ? 'update' : 'create',
      before: current ? present(current) : null,
      after: present(saved),
      provinceCode: project.provinceCode,
    });
    return present(saved);
  });
}
