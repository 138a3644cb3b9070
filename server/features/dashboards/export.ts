import type { Actor } from '../../../domain/auth/policy.js';
import type { OverviewChild, OverviewQuery } from '../../../domain/dashboards/overview.js';
import { bpText } from '../../../domain/dashboards/ratios.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { dashboardOverview } from './overview.js';

const money = (value: string | null) => (value === null ? null : BigInt(value));
const percent = (bp: number | null) => (bp === null ? null : bpText(bp));

/** The table under the drill-down's chart (the unit's children and their measures) as a sheet. */
export function overviewExport(
  deps: DatabaseDeps,
  actor: Actor,
  query: OverviewQuery,
): ListExport<OverviewChild> {
  let all: Promise<OverviewChild[]> | undefined;
  return {
    sheetName: 'ภาพรวม',
    columns: [
      { key: 'code', header: 'รหัส' },
      { key: 'name', header: 'ชื่อ', width: 36 },
      { key: 'needs', header: 'ความต้องการ', kind: 'count' },
      { key: 'to_screen', header: 'รอกลั่นกรอง', kind: 'count' },
      { key: 'coverage', header: 'ร้อยละบรรจุในแผน/โครงการ', kind: 'decimal' },
      { key: 'projects', header: 'โครงการ', kind: 'count' },
      { key: 'action_plan', header: 'แผนปฏิบัติราชการ (บาท)', kind: 'baht', width: 20 },
      { key: 'ceiling', header: 'กรอบวงเงิน (บาท)', kind: 'baht', width: 20 },
      { key: 'allocation', header: 'วงเงินตามแผนเบิกจ่าย (บาท)', kind: 'baht', width: 20 },
      { key: 'disbursed', header: 'เบิกจ่ายสะสม (บาท)', kind: 'baht', width: 20 },
      { key: 'disbursed_pct', header: 'ร้อยละเบิกจ่าย', kind: 'decimal' },
      { key: 'kpi_pct', header: 'ร้อยละตัวชี้วัดที่บรรลุ', kind: 'decimal' },
      { key: 'assets', header: 'ครุภัณฑ์/สิ่งก่อสร้างรอโอน', kind: 'count' },
    ],
    fetchPage: async ({ offset }) => {
      all ??= dashboardOverview(deps, actor, query).then((overview) => overview.children);
      const items = await all;
      return { items: offset === 0 ? items : [], total: items.length };
    },
    toRow: (child) => ({
      code: child.code,
      name: child.nameTh,
      needs: child.metrics.needs,
      to_screen: child.metrics.needsToScreen,
      coverage: percent(child.metrics.planCoverageBp),
      projects: child.metrics.projects,
      action_plan: money(child.metrics.actionPlanSatang),
      ceiling: money(child.metrics.ceilingSatang),
      allocation: money(child.metrics.allocationSatang),
      disbursed: money(child.metrics.disbursedSatang),
      disbursed_pct: percent(child.metrics.disbursedBp),
      kpi_pct: percent(child.metrics.kpiAchievedBp),
      assets: child.metrics.assetsAwaitingTransfer,
    }),
  };
}
