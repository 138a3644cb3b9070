import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import type { KpiDirection, KpiRollup } from '../../../domain/plans/plan.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid, type FieldError } from '../../platform/http/errors.js';
import { areas } from '../areas/tables.js';
import { planProvinces, type PlanPlacement, type VisibleVersion } from './access.js';
import { deleteOrphanLinks, replaceAlignment, type LinkInput } from './alignment-links.js';
import { deleteChildAtVersion, editableChild, ENTITY_NAMES, nextOrderNo, nodeOf } from './children.js';
import { kpiTargets, planKpis, planObjectives } from './child-tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

type KpiFields = {
  name?: string;
  unit?: string;
  baselineValue?: string | null;
  baselineYear?: number | null;
  direction?: KpiDirection;
  rollup?: KpiRollup;
  dataSource?: string | null;
};
type TargetInput = { fiscalYear: number; areaCode: string | null; value: string };

/** Area codes must exist and lie inside the plan's area (the plan's own province is the null area). */
export async function assertAreasInPlan(
  tx: Queryable,
  visible: VisibleVersion,
  codes: { path: string; code: string }[],
) {
  const known =
    codes.length > 0
      ? await tx
          .select({ code: areas.code })
          .from(areas)
          .where(inArray(areas.code, [...new Set(codes.map((c) => c.code))]))
      : [];
  const exists = new Set(known.map((area) => area.code));
  const provinces = new Set(planProvinces(visible.plan, visible.members));
  const problems: FieldError[] = codes.flatMap(({ path, code }) => {
    if (!exists.has(code)) {
      return [{ path, message: { th: `ไม่พบพื้นที่รหัส ${code}`, en: `Unknown area code ${code}` } }];
    }
    if (!provinces.has(provinceCodeOf(code))) {
      return [
        {
          path,
          message: { th: `พื้นที่ ${code} อยู่นอกพื้นที่ของแผน`, en: `Area ${code} is outside the plan's area` },
        },
      ];
    }
    return [];
  });
  return problems;
}

async function replaceTargets(
  tx: Queryable,
  visible: VisibleVersion,
  placement: PlanPlacement,
  kpiId: string,
  targets: TargetInput[],
  path = 'targets',
) {
  const problems = await assertAreasInPlan(
    tx,
    visible,
    targets.flatMap((t, index) =>
      t.areaCode ? [{ path: `${path}.${index}.areaCode`, code: t.areaCode }] : [],
    ),
  );
  targets.forEach((t, index) => {
    if (visible.plan.scope === 'province' && t.areaCode === visible.plan.provinceCode) {
      problems.push({
        path: `${path}.${index}.areaCode`,
        message: {
          th: 'ค่าเป้าหมายของทั้งจังหวัดให้เว้นรหัสพื้นที่ว่าง (null)',
          en: 'Give the whole-province target with a null area code',
        },
      });
    }
  });
  if (problems.length > 0) {
    throw invalid(problems);
  }
  await tx.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpiId));
  if (targets.length > 0) {
    await tx.insert(kpiTargets).values(
      targets.map((t) => ({
        ...placement,
        kpiId,
        fiscalYear: t.fiscalYear,
        areaCode: t.areaCode,
        targetValue: t.value,
      })),
    );
  }
}

/** Adds a KPI under an objective, optionally with its targets and alignment. */
export async function createKpi(
  deps: DatabaseDeps,
  actor: Actor,
  objectiveId: string,
  input: KpiFields & {
    name: string;
    unit: string;
    direction: KpiDirection;
    rollup: KpiRollup;
    targets?: TargetInput[];
    alignment?: LinkInput[];
  },
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [objective] = await tx.select().from(planObjectives).where(eq(planObjectives.id, objectiveId));
    const { row: parent, visible } = await editableChild(tx, actor, objective, ENTITY_NAMES.objective);
    const orderNo = await nextOrderNo(tx, planKpis, eq(planKpis.objectiveId, objectiveId));
    const { targets, alignment, ...fields } = input;
    const [created] = await tx
      .insert(planKpis)
      .values({ ...visible.placement, objectiveId: parent.id, orderNo, ...fields })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    if (targets) {
      await replaceTargets(tx, visible, visible.placement, created.id, targets);
    }
    if (alignment) {
      await replaceAlignment(tx, visible.placement, 'kpi', created.id, alignment, 'alignment');
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_kpi',
      entityId: created.id,
      action: 'create',
      after: { ...created, targets },
      provinceCode: created.provinceCode,
    });
    return nodeOf(tx, created.planVersionId, 'kpi', created.id);
  });
}

/** Edits a KPI, moves it to another objective of the version, or replaces its targets or alignment. */
export async function updateKpi(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: KpiFields & { objectiveId?: string; targets?: TargetInput[]; alignment?: LinkInput[] },
  alignmentPath = 'alignment',
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planKpis).where(eq(planKpis.id, id));
    const { row: current, visible } = await editableChild(tx, actor, found, ENTITY_NAMES.kpi, expected);
    const { targets, alignment, ...fields } = input;
    if (fields.objectiveId) {
      const [objective] = await tx
        .select()
        .from(planObjectives)
        .where(eq(planObjectives.id, fields.objectiveId));
      if (!objective || objective.planVersionId !== current.planVersionId) {
        throw invalid([
          {
            path: 'objectiveId',
            message: { th: 'เป้าประสงค์ต้องอยู่ในฉบับเดียวกัน', en: 'The objective must be in the same version' },
          },
        ]);
      }
    }
    const before = {
      ...current,
      targets: await tx.select().from(kpiTargets).where(eq(kpiTargets.kpiId, id)),
    };
    const [updated] = await tx
      .update(planKpis)
      .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planKpis.id, id), eq(planKpis.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planKpis, id, ENTITY_NAMES.kpi);
    }
    if (targets) {
      await replaceTargets(tx, visible, visible.placement, id, targets);
    }
    if (alignment) {
      await replaceAlignment(tx, visible.placement, 'kpi', id, alignment, alignmentPath);
    }
    const after = {
      ...updated,
      targets: targets ? await tx.select().from(kpiTargets).where(eq(kpiTargets.kpiId, id)) : before.targets,
    };
    await recordAudit(tx, actor, {
      entityType: 'plan_kpi',
      entityId: id,
      action: targets && Object.keys(fields).length === 0 ? 'replace_targets' : 'update',
      before: {
        ...before,
        targets: before.targets.map((t) => `${t.fiscalYear}|${t.areaCode ?? ''}=${t.targetValue}`),
      },
      after: {
        ...after,
        targets: after.targets.map((t) => `${t.fiscalYear}|${t.areaCode ?? ''}=${t.targetValue}`),
      },
      provinceCode: current.provinceCode,
    });
    return nodeOf(tx, current.planVersionId, 'kpi', id);
  });
}

/** Deletes a KPI with its targets and item links. */
export async function deleteKpi(deps: DatabaseDeps, actor: Actor, id: string, expected: number) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planKpis).where(eq(planKpis.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.kpi, expected);
    await deleteChildAtVersion(tx, planKpis, id, expected, ENTITY_NAMES.kpi);
    await deleteOrphanLinks(tx, current.planVersionId);
    await recordAudit(tx, actor, {
      entityType: 'plan_kpi',
      entityId: id,
      action: 'delete',
      before: current,
      provinceCode: current.provinceCode,
    });
  });
}
