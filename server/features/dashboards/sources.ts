import type { Cluster } from '../../../domain/areas/area.js';
import type { FigureRow } from '../../../domain/dashboards/figures.js';
import type { NeedStatus } from '../../../domain/needs/need.js';
import type { Queryable } from '../../platform/db/client.js';
import { actionPlanMoneyOfYear } from '../action-plans/public.js';
import { assetsAwaitingTransferByProvince } from '../assets/public.js';
import { needStatusCounts } from '../needs/public.js';
import { projectCountsByProvince } from '../projects/public.js';
import { kpiAchievementByProvince } from '../results/public.js';
import { disbursementByProvince } from '../spending/public.js';

const ownerOf = (clusterKey: number) => (clusterKey === 0 ? null : clusterKey);

function needFigures(status: NeedStatus, needs: number): FigureRow['figures'] {
  return {
    needs,
    needsToScreen: status === 'received' ? needs : 0,
    needsLinked: status === 'linked' ? needs : 0,
    needsClosed: status === 'merged' || status === 'rejected' ? needs : 0,
  };
}

/** Needs per province, or per district of one province, as figure rows. */
export async function needRows(
  tx: Queryable,
  fiscalYear: number,
  districtsOf?: string,
): Promise<FigureRow[]> {
  const counts = await needStatusCounts(
    tx,
    districtsOf === undefined
      ? { fiscalYear, level: 2 }
      : { fiscalYear, level: 4, provinceCode: districtsOf },
  );
  return counts.map((count) => ({
    provinceCode: count.provinceCode,
    clusterId: null,
    ...(districtsOf === undefined ? {} : { districtCode: count.areaCode }),
    figures: needFigures(count.status, count.needs),
  }));
}

/**
 * Every other feature's roll-up for the year as figure rows, with the spending target and the
 * months and quarter the figures run to. Reads only roll-up tables (action plans: one row per unit).
 */
export async function workRows(tx: Queryable, fiscalYear: number, clusters: readonly Cluster[]) {
  const spending = await disbursementByProvince(tx, fiscalYear);
  const kpi = await kpiAchievementByProvince(tx, fiscalYear);
  const actionPlans = await actionPlanMoneyOfYear(tx, fiscalYear);
  const clusterAt = (provinceCode: string) =>
    clusters.find((cluster) => cluster.operationsCentreCode === provinceCode)?.id ?? null;
  const rows: FigureRow[] = [
    ...(await projectCountsByProvince(tx, fiscalYear)).map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: row.scope === 'cluster' ? clusterAt(row.provinceCode) : null,
      figures: { projects: row.projects, projectSatang: row.totalSatang },
    })),
    ...spending.rows.map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: ownerOf(row.clusterKey),
      figures: { allocationSatang: row.allocationSatang, disbursedSatang: row.disbursedSatang },
    })),
    ...kpi.rows.map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: ownerOf(row.clusterKey),
      figures: { kpiIndicators: row.indicators, kpiAchieved: row.achieved },
    })),
    ...(await assetsAwaitingTransferByProvince(tx)).map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: ownerOf(row.clusterKey),
      figures: { assetsAwaitingTransfer: row.assets },
    })),
    ...actionPlans.plans.map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: row.clusterId,
      figures: { actionPlanSatang: row.againstCeilingSatang },
    })),
    ...actionPlans.ceilings.map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: row.clusterId,
      figures: { ceilingSatang: row.amountSatang },
    })),
  ];
  return {
    rows,
    throughMonth: spending.throughMonth,
    targetPct: spending.targetPct,
    kpiQuarter: kpi.quarter,
  };
}
