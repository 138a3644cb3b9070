import type { Actor } from '../../../domain/auth/policy.js';
import type { RegulationListQuery } from '../../../domain/regulations/regulation-input.js';
import type { RegulationSummary } from '../../../domain/regulations/responses.js';
import { REGULATION_KIND_LABELS, REGULATION_STATUS_LABELS } from '../../../domain/regulations/vocabulary.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { listRegulations } from './list.js';

/** The whole filtered library, walked by its keyset through the list service itself. */
async function wholeLibrary(
  deps: DatabaseDeps,
  actor: Actor,
  filter: Omit<RegulationListQuery, 'limit' | 'cursor'>,
) {
  const items: RegulationSummary[] = [];
  let cursor: RegulationListQuery['cursor'];
  for (;;) {
    const page = await listRegulations(deps, actor, { ...filter, limit: 500, cursor });
    items.push(...page.items);
    if (!page.nextCursor) {
      return items;
    }
    const last = page.items.at(-1);
    cursor = last ? { on: last.issuedOn, id: last.id } : undefined;
  }
}

/** The library on screen (same search and kind) as a sheet. */
export function regulationsExport(
  deps: DatabaseDeps,
  actor: Actor,
  filter: Omit<RegulationListQuery, 'limit' | 'cursor'>,
): ListExport<RegulationSummary> {
  let all: Promise<RegulationSummary[]> | undefined;
  return {
    sheetName: 'คลังระเบียบและกฎหมาย',
    columns: [
      { key: 'title_th', header: 'ชื่อเรื่อง', width: 60 },
      { key: 'number', header: 'เลขที่', width: 24 },
      { key: 'issued_on', header: 'ลงวันที่ (ค.ศ.)', width: 14 },
      { key: 'issuing_body', header: 'หน่วยงานที่ออก', width: 30 },
      { key: 'kind', header: 'ประเภท', width: 18 },
      { key: 'status', header: 'สถานะ', width: 16 },
      { key: 'verified', header: 'ตรวจสอบแล้ว' },
      { key: 'url', header: 'ลิงก์', width: 40 },
    ],
    fetchPage: async ({ offset }) => {
      all ??= wholeLibrary(deps, actor, filter);
      const items = await all;
      return { items: offset === 0 ? items : [], total: items.length };
    },
    toRow: (row) => ({
      title_th: row.titleTh,
      number: row.number,
      issued_on: row.issuedOn,
      issuing_body: row.issuingBody,
      kind: REGULATION_KIND_LABELS[row.kind].th,
      status: REGULATION_STATUS_LABELS[row.status].th,
      verified: row.verified ? 'ตรวจสอบแล้ว' : 'ยังไม่ได้ตรวจสอบ',
      url: row.url,
    }),
  };
}
