import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  districtTargetProblems,
  type DistrictTarget,
  type DistrictTargetsInput,
} from '../../../domain/programmes/district-targets.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid } from '../../platform/http/errors.js';
import { areas } from '../areas/tables.js';
import { assertCurrentArea } from '../areas/public.js';
import { loadProgramme } from './programme-service.js';
import { programmeDistrictTargets, programmeTargets } from './tables.js';

async function districtTargetsIn(tx: Queryable, programmeId: string, provinceCode?: string) {
  const rows = await tx
    .select({ target: programmeDistrictTargets, districtName: areas.nameTh })
    .from(programmeDistrictTargets)
    .innerJoin(areas, eq(areas.code, programmeDistrictTargets.districtCode))
    .where(
      and(
        eq(programmeDistrictTargets.programmeId, programmeId),
        provinceCode === undefined ? undefined : eq(programmeDistrictTargets.provinceCode, provinceCode),
      ),
    )
    .orderBy(asc(programmeDistrictTargets.districtCode), asc(programmeDistrictTargets.indicatorId));
  return rows.map(({ target, districtName }): DistrictTarget => ({
    indicatorId: target.indicatorId,
    provinceCode: target.provinceCode,
    districtCode: target.districtCode,
    districtName,
    value: target.value,
  }));
}

/** A programme's district targets (of one province when given). */
export async function listDistrictTargets(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  provinceCode: string | undefined,
) {
  authorize(actor, 'programme.read', provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    await loadProgramme(tx, programmeId);
    return { items: await districtTargetsIn(tx, programmeId, provinceCode) };
  });
}

/**
 * Sets targets per indicator and district (the centre): each district must be a current one of a
 * province targeted for the indicator, and a province's districts add up to at most its target.
 */
export async function setDistrictTargets(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  input: DistrictTargetsInput,
) {
  authorize(actor, 'programme.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadProgramme(tx, programmeId);
    for (const [index, target] of input.targets.entries()) {
      await assertCurrentArea(tx, target.districtCode, `targets.${index}.districtCode`);
    }
    const provinces = [...new Set(input.targets.map((target) => target.districtCode.slice(0, 2)))];
    const provinceTargets = await tx
      .select()
      .from(programmeTargets)
      .where(
        and(eq(programmeTargets.programmeId, programmeId), inArray(programmeTargets.provinceCode, provinces)),
      );
    const given = new Map(
      input.targets.map((target, index) => [`${target.indicatorId}/${target.districtCode}`, index]),
    );
    const kept = (await districtTargetsIn(tx, programmeId)).filter(
      (target) => !given.has(`${target.indicatorId}/${target.districtCode}`),
    );
    const problems = districtTargetProblems(
      new Map(provinceTargets.map((row) => [`${row.indicatorId}/${row.provinceCode}`, row.value])),
      [...kept, ...input.targets],
      (indicatorId, districtCode) => given.get(`${indicatorId}/${districtCode}`) ?? -1,
    );
    if (problems.length > 0) {
      throw invalid(problems);
    }
    for (const target of input.targets) {
      await tx
        .insert(programmeDistrictTargets)
        .values({ ...target, programmeId, provinceCode: target.districtCode.slice(0, 2) })
        .onConflictDoUpdate({
          target: [programmeDistrictTargets.indicatorId, programmeDistrictTargets.districtCode],
          set: { value: target.value, updatedAt: new Date() },
        });
    }
    await recordAudit(tx, actor, {
      entityType: 'programme_targets',
      entityId: programmeId,
      action: 'update',
      after: { districtTargets: input.targets },
    });
    return { items: await districtTargetsIn(tx, programmeId) };
  });
}
