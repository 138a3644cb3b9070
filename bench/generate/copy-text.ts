// Rows in PostgreSQL's COPY text format, and the needs columns the generator fills.
import { NEED_LINK_TYPE_LABELS } from '../../domain/needs/need.js';
import type { GeneratedNeed } from './need-rows.js';

export type Cell = string | number | bigint | boolean | Date | null;

function copyCell(value: Cell): string {
  if (value === null) {
    return '\\N';
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  return String(value).replace(/[\\\t\n\r]/g, (char) =>
    char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '\\\\',
  );
}

/** One COPY text line (tab-separated, NULL as \N, ending in a newline). */
export function copyLine(cells: readonly Cell[]): string {
  return `${cells.map(copyCell).join('\t')}\n`;
}

/** The COPY text of every item's rows, in chunks of about 5,000 lines. */
export function* copyChunks<T>(items: readonly T[], rowsOf: (item: T) => readonly Cell[][]) {
  const batch: string[] = [];
  for (const item of items) {
    for (const cells of rowsOf(item)) {
      batch.push(copyLine(cells));
    }
    if (batch.length >= 5000) {
      yield batch.splice(0).join('');
    }
  }
  yield batch.join('');
}

export const NEED_COPY_COLUMNS = [
  'id',
  'reference_no',
  'province_code',
  'area_code',
  'fiscal_year',
  'title',
  'description',
  'origin',
  'source_document',
  'source_date',
  'dimension_id',
  'households',
  'people',
  'source_priority',
  'status',
  'status_reason',
  'status_changed_at',
  'linked_entity_type',
  'linked_entity_id',
  'linked_label',
  'forwarded_to_name',
  'forward_reference',
  'merged_into_id',
  'search_tokens',
  'is_demo',
  'version',
  'created_at',
  'updated_at',
] as const;

/** The cells of a need in NEED_COPY_COLUMNS order, with the fields its status implies. */
export function needCells(need: GeneratedNeed): Cell[] {
  const moved = need.status !== 'received';
  const changedAt = moved ? new Date(need.createdAt.getTime() + 86_400_000 * 7) : null;
  return [
    need.id,
    need.referenceNo,
    need.provinceCode,
    need.areaCode,
    need.fiscalYear,
    need.title,
    need.description,
    need.origin,
    `ข้อมูลสังเคราะห์ (bench) ที่ ${need.referenceNo}`,
    need.createdAt.toISOString().slice(0, 10),
    need.dimensionId,
    need.households,
    need.people,
    need.sourcePriority,
    need.status,
    need.status === 'rejected' ? 'ข้อมูลสังเคราะห์: อยู่นอกอำนาจหน้าที่' : null,
    changedAt,
    need.status === 'linked' ? 'project' : null,
    need.status === 'linked' ? 'bench' : null,
    need.status === 'linked' ? `${NEED_LINK_TYPE_LABELS.project.th} (bench)` : null,
    need.status === 'forwarded' ? 'องค์การบริหารส่วนตำบล (bench)' : null,
    need.status === 'forwarded' ? `bench ${need.referenceNo}` : null,
    need.mergedIntoId,
    need.searchTokens,
    true,
    moved ? 2 : 1,
    need.createdAt,
    changedAt ?? need.createdAt,
  ];
}
