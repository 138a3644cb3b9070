import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ActivityInput } from '../../../domain/programmes/programme-input.js';
import type { Activity } from '../../../domain/programmes/responses.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid } from '../../platform/http/errors.js';
import { assertCurrentArea } from '../areas/public.js';
import { loadProjectsByIds } from '../projects/public.js';
import { presentActivity } from './presenter.js';
import { loadProgramme } from './programme-service.js';
import { programmeActivities } from './tables.js';

/** A province's activities under a programme, each with the project that carries it (if visible). */
export async function activitiesOf(
  tx: Queryable,
  actor: Actor,
  programmeId: string,
  provinceCode: string,
): Promise<Activity[]> {
  const rows = await tx
    .select()
    .from(programmeActivities)
    .where(
      and(
        eq(programmeActivities.provinceCode, provinceCode),
        eq(programmeActivities.programmeId, programmeId),
      ),
    )
    .orderBy(asc(programmeActivities.createdAt));
  const projectIds = rows.flatMap((row) => (row.projectId ? [row.projectId] : []));
  const projects = new Map(
    (await loadProjectsByIds(tx, actor, projectIds)).map((project) => [
      project.id,
      { id: project.id, code: project.code, title: project.title },
    ]),
  );
  return rows.map((row) =>
    presentActivity(row, row.projectId ? (projects.get(row.projectId) ?? null) : null),
  );
}

const fieldError = (path: string, th: string, en: string) => invalid([{ path, message: { th, en } }]);

/** Registers a province's activity under a programme, optionally linking one of its projects. */
export async function registerActivity(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  input: ActivityInput,
): Promise<Activity> {
  authorize(actor, 'programme.report', input.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, programmeId);
    if (!programme.components.some((component) => component.id === input.componentId)) {
      throw fieldError('componentId', 'ไม่พบโครงการย่อยนี้ในโครงการสำคัญ', 'No such project in this programme');
    }
    await assertCurrentArea(tx, input.provinceCode, 'provinceCode');
    if (input.areaCode) {
      if (!input.areaCode.startsWith(input.provinceCode)) {
        throw fieldError('areaCode', 'พื้นที่ต้องอยู่ในจังหวัดที่รายงาน', 'The area must lie in the reporting province');
      }
      await assertCurrentArea(tx, input.areaCode);
    }
    if (input.projectId) {
      const [project] = await loadProjectsByIds(tx, actor, [input.projectId]);
      const inProvince =
        project?.provinceCode === input.provinceCode ||
        project?.provinceShares.some((share) => share.provinceCode === input.provinceCode);
      if (!inProvince) {
        throw fieldError('projectId', 'ไม่พบโครงการนี้ในจังหวัด', 'No such project in the province');
      }
    }
    const [row] = await tx
      .insert(programmeActivities)
      .values({ ...input, programmeId, createdBy: actor.userId })
      .returning();
    if (!row) {
      throw new Error('activity insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'programme_activity',
      entityId: row.id,
      action: 'create',
      provinceCode: input.provinceCode,
      after: input,
    });
    const [activity] = (await activitiesOf(tx, actor, programmeId, input.provinceCode)).filter(
      (a) => a.id === row.id,
    );
    return activity as Activity;
  });
}
