import type { Actor } from '../../../domain/auth/policy.js';
import { RANKING_SHEET_NAMES, type RankingQuery, type RankingRow } from '../../../domain/spending/ranking.js';
import type { Warning } from '../../../domain/spending/spending-response.js';
import { SPENDING_STATUS_LABELS, STATUS_REASON_LABELS } from '../../../domain/spending/status.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { spendingRanking } from './rankings.js';
import { allWarnings } from './warnings.js';

/** The whole list on the first page: rankings are short, warnings are walked by their keyset here. */
const wholeList = <T>(load: () => Promise<T[]>) => {
  let all: Promise<T[]> | undefined;
  return async (paging: { offset: number }) => {
    all ??= load();
    const items = await all;
    return { items: paging.offset === 0 ? items : [], total: items.length };
  };
};

/** The ranking on screen as a sheet (same level, cluster and month). */
export function rankingExport(deps: DatabaseDeps, actor: Actor, query: RankingQuery): ListExport<RankingRow> {
  return {
    sheetName: RANKING_SHEET_NAMES[query.level],
    columns: [
      { key: 'rank', header: 'อันดับ', kind: 'integer' },
      { key: 'code', header: 'รหัส' },
      { key: 'name_th', header: 'ชื่อ', width: 36 },
      { key: 'allocation', header: 'วงเงินตามแผน (บาท)', kind: 'baht', width: 20 },
      { key: 'disbursed', header: 'เบิกจ่ายสะสม (บาท)', kind: 'baht', width: 20 },
      { key: 'disbursed_pct', header: 'ร้อยละเบิกจ่าย', kind: 'decimal' },
      { key: 'gap_points', header: 'ต่างจากเป้าหมาย (จุด)', kind: 'decimal' },
      { key: 'meets_target', header: 'ผลเทียบเป้าหมาย' },
    ],
    fetchPage: wholeList(async () => (await spendingRanking(deps, actor, query)).rows),
    toRow: (row) => ({
      rank: row.rank,
      code: row.code,
      name_th: row.nameTh,
      allocation: BigInt(row.allocationSatang),
      disbursed: BigInt(row.disbursedSatang),
      disbursed_pct: row.disbursedPct,
      gap_points: row.gapPoints,
      meets_target: row.meetsTarget === null ? null : row.meetsTarget ? 'ถึงเป้าหมาย' : 'ต่ำกว่าเป้าหมาย',
    }),
  };
}

/** Every late and at-risk project of the reader's scope (the warning list's filters) as a sheet. */
export function warningsExport(
  deps: DatabaseDeps,
  actor: Actor,
  query: { fiscalYear: number; status?: 'late' | 'at_risk' | undefined },
): ListExport<Warning> {
  return {
    sheetName: 'โครงการที่ต้องเร่งรัด',
    columns: [
      { key: 'code', header: 'รหัสโครงการ' },
      { key: 'title', header: 'ชื่อโครงการ', width: 50 },
      { key: 'province_code', header: 'รหัสจังหวัด' },
      { key: 'status', header: 'สถานะ' },
      { key: 'reasons', header: 'เหตุผล', width: 50 },
      { key: 'allocation', header: 'วงเงิน (บาท)', kind: 'baht', width: 18 },
      { key: 'disbursed', header: 'เบิกจ่ายสะสม (บาท)', kind: 'baht', width: 18 },
      { key: 'plan_pct', header: 'ร้อยละตามแผน', kind: 'decimal' },
      { key: 'actual_pct', header: 'ร้อยละเบิกจ่าย', kind: 'decimal' },
    ],
    fetchPage: wholeList(() => allWarnings(deps, actor, query)),
    toRow: (warning) => ({
      code: warning.code,
      title: warning.title,
      province_code: warning.provinceCode,
      status: SPENDING_STATUS_LABELS[warning.status].th,
      reasons: warning.reasons.map((reason) => STATUS_REASON_LABELS[reason].th).join('; '),
      allocation: BigInt(warning.allocationSatang),
      disbursed: BigInt(warning.disbursedSatang),
      plan_pct: warning.planPct,
      actual_pct: warning.actualPct,
    }),
  };
}
