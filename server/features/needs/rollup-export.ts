import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedRollupQuery, RollupGroup } from '../../../domain/needs/need-query.js';
import type { RollupRow } from '../../../domain/needs/need-reports.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { needRollups } from './reports.js';

const GROUP_HEADERS: Record<RollupGroup, string> = {
  area: 'พื้นที่',
  dimension: 'มิติ',
  origin: 'ที่มา',
  status: 'สถานะ',
};

/** A summary row, or the total line under them (no key). */
type SummaryRow =
  | RollupRow
  | { key: null; labelTh: string; labelEn: string; needs: number; households: number; people: number };

/**
 * The summary tab as a sheet: the same roll-up the screen shows (same scope, year and grouping), one
 * row per group and the total line. It is one page: a roll-up has at most one row per area.
 */
export function needRollupExport(
  deps: DatabaseDeps,
  actor: Actor,
  query: NeedRollupQuery,
): ListExport<SummaryRow> {
  return {
    sheetName: 'สรุปความต้องการ',
    columns: [
      { key: 'key', header: query.groupBy === 'area' ? 'รหัสพื้นที่' : 'รหัส' },
      { key: 'label_th', header: GROUP_HEADERS[query.groupBy], width: 36 },
      { key: 'label_en', header: 'ชื่อภาษาอังกฤษ', width: 30 },
      { key: 'needs', header: 'จำนวนความต้องการ', kind: 'count' },
      { key: 'households', header: 'จำนวนครัวเรือน', kind: 'count' },
      { key: 'people', header: 'จำนวนคน', kind: 'count' },
    ],
    fetchPage: async () => {
      const { items } = await needRollups(deps, actor, query);
      const sum = (pick: (row: RollupRow) => number) => items.reduce((total, row) => total + pick(row), 0);
      const total: SummaryRow = {
        key: null,
        labelTh: 'รวม',
        labelEn: 'Total',
        needs: sum((row) => row.needs),
        households: sum((row) => row.households),
        people: sum((row) => row.people),
      };
      const rows: SummaryRow[] = [...items, total];
      return { items: rows, total: rows.length };
    },
    toRow: (row) => ({
      key: row.key,
      label_th: row.labelTh,
      label_en: row.labelEn,
      needs: row.needs,
      households: row.households,
      people: row.people,
    }),
  };
}
