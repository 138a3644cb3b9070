import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { achievementOf } from '../../../domain/results/achievement.js';
import {
  kpiReportDueDate,
  kpiReportState,
  YEAR_PERIOD,
  type KpiActualInput,
  type KpiResults,
} from '../../../domain/results/kpi-actuals.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { kpiWithTargets, type KpiWithTargets } from '../plans/public.js';
import { kpiActuals } from './kpi-tables.js';

async function loadKpi(tx: Queryable, actor: Actor, kpiId: string): Promise<KpiWithTargets> {
  const kpi = await kpiWithTargets(tx, actor, kpiId);
  if (!kpi) {
    throw notFound({ th: 'ไม่พบตัวชี้วัด', en: 'KPI not found' });
  }
  return kpi;
}

const sameArea = (areaCode: string | null) =>
  areaCode === null ? sql`${kpiActuals.areaCode} is null` : eq(kpiActuals.areaCode, areaCode);

/**
 * Records (or replaces) a KPI's value for a period and area, judged against the plan's yearly
 * target for that year and area; the target is kept beside the value so a later plan review does
 * not rewrite what was reported.
 */
export async function putKpiActual(
  deps: DatabaseDeps,
  actor: Actor,
  kpiId: string,
  input: KpiActualInput,
): Promise<void> {
  authorize(actor, 'result.record');
  await inActorTransaction(deps.database, actor, async (tx) => {
    const kpi = await loadKpi(tx, actor, kpiId);
    authorize(actor, 'result.record', kpi.provinceCode);
    if (kpi.versionStatus !== 'published') {
      throw conflict({
        th: 'รายงานผลได้เฉพาะตัวชี้วัดของแผนฉบับที่ประกาศใช้แล้ว',
        en: 'Actuals are reported only against a published plan version',
      });
    }
    const target = kpi.targets.find(
      (cell) => cell.fiscalYear === input.fiscalYear && cell.areaCode === input.areaCode,
    );
    if (!target) {
      throw conflict({
        th: `แผนไม่ได้กำหนดค่าเป้าหมายปี ${input.fiscalYear} ของพื้นที่นี้`,
        en: `The plan sets no FY${input.fiscalYear} target for this area`,
      });
    }
    const cell = and(
      eq(kpiActuals.kpiId, kpiId),
      eq(kpiActuals.fiscalYear, input.fiscalYear),
      eq(kpiActuals.period, input.period),
      sameArea(input.areaCode),
    );
    const [before] = await tx.select().from(kpiActuals).where(cell);
    await tx.delete(kpiActuals).where(cell);
    await tx.insert(kpiActuals).values({
      kpiId,
      planVersionId: kpi.planVersionId,
      provinceCode: kpi.provinceCode,
      clusterId: kpi.clusterId,
      ...input,
      targetValue: target.targetValue,
      ...achievementOf(input.actualValue, target.targetValue, kpi.direction),
      reportedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'kpi_actual',
      entityId: kpiId,
      action: 'set',
      provinceCode: kpi.provinceCode,
      changes: {
        [`${input.fiscalYear}/${input.period}/${input.areaCode ?? '*'}`]: [
          before?.actualValue ?? null,
          input.actualValue,
        ],
      },
    });
  });
}

/** A KPI's targets, each with the values reported against it and where its yearly report stands. */
export async function getKpiResults(deps: DatabaseDeps, actor: Actor, kpiId: string): Promise<KpiResults> {
  authorize(actor, 'result.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const kpi = await loadKpi(tx, actor, kpiId);
    const actuals = await tx
      .select()
      .from(kpiActuals)
      .where(eq(kpiActuals.kpiId, kpiId))
      .orderBy(asc(kpiActuals.fiscalYear), asc(kpiActuals.period));
    const today = toBangkokIsoDate(new Date());
    return {
      kpiId,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      dataSource: kpi.dataSource,
      provinceCode: kpi.provinceCode,
      clusterId: kpi.clusterId,
      targets: kpi.targets.map((target) => {
        const mine = actuals.filter(
          (actual) => actual.fiscalYear === target.fiscalYear && actual.areaCode === target.areaCode,
        );
        return {
          ...target,
          state: kpiReportState(
            target.fiscalYear,
            mine.some((actual) => actual.period === YEAR_PERIOD),
            today,
          ),
          dueDate: kpiReportDueDate(target.fiscalYear),
          actuals: mine.map((actual) => ({
            fiscalYear: actual.fiscalYear,
            period: actual.period,
            areaCode: actual.areaCode,
            targetValue: actual.targetValue,
            actualValue: actual.actualValue,
            achievementBp: actual.achievementBp,
            achieved: actual.achieved,
            dataSource: actual.dataSource,
            note: actual.note,
            reportedBy: actual.reportedBy,
            reportedAt: actual.reportedAt.toISOString(),
          })),
        };
      }),
    };
  });
}
