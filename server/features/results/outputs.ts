import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { achievementOf } from '../../../domain/results/achievement.js';
import type { OutputActualsInput } from '../../../domain/results/results-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid } from '../../platform/http/errors.js';
import { loadReportableProject, scopeOf } from './project-access.js';
import { outputActuals } from './tables.js';

/**
 * Records the quarter's cumulative values of a project's outputs and outcomes. Each is measured
 * against the target on the project record now (kept beside the value, so a later edit of the
 * target does not rewrite history) and its achievement comes from the domain calculation.
 */
export async function putOutputActuals(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  input: OutputActualsInput,
): Promise<void> {
  await inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadReportableProject(tx, actor, projectId);
    const unknown = input.values.flatMap((value, index) =>
      value.outputNo > project.outputs.length
        ? [
            {
              path: `values.${index}.outputNo`,
              message: {
                th: `โครงการมีผลผลิต/ผลลัพธ์ ${project.outputs.length} รายการ`,
                en: `The project has ${project.outputs.length} outputs and outcomes`,
              },
            },
          ]
        : [],
    );
    if (unknown.length > 0) {
      throw invalid(unknown);
    }
    const rows = input.values.map((value) => {
      const output = project.outputs[value.outputNo - 1] as (typeof project.outputs)[number];
      const achievement = achievementOf(value.actualValue, output.targetValue, 'higher_is_better');
      return {
        ...scopeOf(project),
        fiscalYear: input.fiscalYear,
        quarter: input.quarter,
        outputNo: value.outputNo,
        kind: output.kind,
        description: output.description,
        unit: output.unit,
        targetValue: output.targetValue,
        actualValue: value.actualValue,
        ...achievement,
        dataSource: value.dataSource,
        note: value.note,
        reportedBy: actor.userId,
      };
    });
    const period = and(
      eq(outputActuals.projectId, projectId),
      eq(outputActuals.fiscalYear, input.fiscalYear),
      eq(outputActuals.quarter, input.quarter),
    );
    const numbers = input.values.map((value) => value.outputNo);
    await tx.delete(outputActuals).where(and(period, inArray(outputActuals.outputNo, numbers)));
    await tx.insert(outputActuals).values(rows);
    await recordAudit(tx, actor, {
      entityType: 'output_actuals',
      entityId: `${projectId}/${input.fiscalYear}/${input.quarter}`,
      action: 'set',
      provinceCode: project.provinceCode,
      after: {
        values: input.values.map((value) => ({ outputNo: value.outputNo, actualValue: value.actualValue })),
      },
    });
  });
}
