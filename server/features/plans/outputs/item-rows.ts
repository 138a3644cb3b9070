import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../domain/plans/plan.js';
import type { ItemNode } from '../../../../domain/plans/tree.js';
import type { TabularRow } from '../../../platform/files/sheet.js';
import { areaProblem, type ImportContext, type RowVerdict } from './import-common.js';
import {
  fyKey,
  parseBahtCell,
  parseChoice,
  staleRow,
  yearsOutsidePeriod,
} from '../../../../domain/plans/outputs/sheet-values.js';

export type ItemFields = {
  approachId: string;
  title: string;
  description: string | null;
  fundingSource: FundingSource;
  agencyName: string | null;
};

/** One item to write: a new one (`item` null) or an edit; lists are null when unchanged. */
export type ItemChange = {
  rowNumber: number;
  item: ItemNode | null;
  fields: ItemFields;
  areaCodes: string[] | null;
  budgets: { fiscalYear: number; amountSatang: bigint }[] | null;
};

const FIELD_KEYS: [keyof ItemFields, string][] = [
  ['approachId', 'approach_key'],
  ['title', 'title'],
  ['description', 'description'],
  ['fundingSource', 'funding_source'],
  ['agencyName', 'agency_name'],
];

const optionalText = (raw: string | undefined, current: string | null) =>
  raw === undefined ? current : raw === '' ? null : raw;

function budgetsOf(item: ItemNode | null): Map<number, bigint> {
  return new Map((item?.budgets ?? []).map((budget) => [budget.fiscalYear, BigInt(budget.amountSatang)]));
}

type Approaches = Map<string, { id: string }>;

function readFields(
  values: Record<string, string>,
  item: ItemNode | null,
  approaches: Approaches,
  verdict: RowVerdict,
): ItemFields | null {
  const approachKey = values.approach_key ?? '';
  const approach = approachKey === '' ? undefined : approaches.get(approachKey);
  if (approachKey !== '' && !approach) {
    verdict.messages.push({
      field: 'approach_key',
      th: `ไม่พบแนวทางการพัฒนารหัส ${approachKey} ในแผนฉบับนี้`,
      en: `No approach with key ${approachKey} in this plan version`,
    });
  } else if (!item && !approach) {
    verdict.messages.push({
      field: 'approach_key',
      th: 'รายการใหม่ต้องระบุรหัสแนวทางการพัฒนา (approach_key)',
      en: 'A new item needs the approach_key it belongs to',
    });
  }
  const title = values.title ?? item?.title ?? '';
  if (title === '') {
    verdict.messages.push({
      field: 'title',
      th: 'กรุณาระบุชื่อชุดโครงการ/โครงการ',
      en: 'The item title is required',
    });
  }
  let fundingSource: FundingSource | undefined = item?.fundingSource;
  const rawSource = values.funding_source;
  if (rawSource !== undefined && (rawSource !== '' || !item)) {
    const parsed = parseChoice(rawSource, 'funding_source', FUNDING_SOURCE_LABELS, {
      th: 'แหล่งงบประมาณ',
      en: 'funding source',
    });
    if (parsed.ok) {
      fundingSource = parsed.value;
    } else {
      verdict.messages.push(parsed.message);
    }
  } else if (!item) {
    verdict.messages.push({
      field: 'funding_source',
      th: 'กรุณาระบุแหล่งงบประมาณ',
      en: 'The funding source is required',
    });
  }
  const approachId = approach?.id ?? item?.approachId;
  if (approachId === undefined || fundingSource === undefined) {
    return null;
  }
  return {
    approachId,
    title,
    description: optionalText(values.description, item?.description ?? null),
    fundingSource,
    agencyName: optionalText(values.agency_name, item?.agencyName ?? null),
  };
}

function readAreas(
  values: Record<string, string>,
  item: ItemNode | null,
  context: ImportContext,
  verdict: RowVerdict,
): string[] | null {
  const raw = values.area_codes;
  if (raw === undefined) {
    return null;
  }
  const codes = [...new Set(raw.split(/[\s,]+/).filter(Boolean))].sort();
  for (const code of codes) {
    const problem = areaProblem(code, 'area_codes', context);
    if (problem) {
      verdict.messages.push(problem);
    }
  }
  const before = [...(item?.areaCodes ?? [])].sort();
  if (codes.join(',') === before.join(',')) {
    return null;
  }
  verdict.changed.push('area_codes');
  return codes;
}

function readBudgets(
  values: Record<string, string>,
  item: ItemNode | null,
  context: ImportContext,
  verdict: RowVerdict,
) {
  const budgets = budgetsOf(item);
  let changed = false;
  for (const year of context.years) {
    const raw = values[fyKey(year)];
    if (raw === undefined) {
      continue;
    }
    const parsed = parseBahtCell(raw, fyKey(year));
    if (!parsed.ok) {
      verdict.messages.push(parsed.message);
      continue;
    }
    if ((budgets.get(year) ?? null) !== parsed.value) {
      changed = true;
      verdict.changed.push(fyKey(year));
      if (parsed.value === null) {
        budgets.delete(year);
      } else {
        budgets.set(year, parsed.value);
      }
    }
  }
  return changed
    ? [...budgets]
        .sort(([a], [b]) => a - b)
        .map(([fiscalYear, amountSatang]) => ({ fiscalYear, amountSatang }))
    : null;
}

/**
 * Checks every row of a project-set sheet and works out what would change. Rows with a stable_key
 * edit that item (a different approach_key moves it); rows without one add an item under the
 * approach_key given. Columns missing from the sheet leave their values alone; nothing is deleted.
 */
export function planItemImport(
  rows: readonly TabularRow[],
  context: ImportContext,
): { verdicts: RowVerdict[]; changes: ItemChange[] } {
  const approachNodes = context.tree.issues.flatMap((issue) => issue.approaches);
  const approaches: Approaches = new Map(approachNodes.map((approach) => [approach.stableKey, approach]));
  const items = new Map(
    approachNodes.flatMap((approach) => approach.items).map((item) => [item.stableKey, item]),
  );
  const seen = new Set<string>();
  const verdicts: RowVerdict[] = [];
  const changes: ItemChange[] = [];
  for (const row of rows) {
    const key = row.values.stable_key ?? '';
    const verdict: RowVerdict = { rowNumber: row.rowNumber, key, messages: [], changed: [] };
    verdicts.push(verdict);
    const item = key === '' ? null : (items.get(key) ?? null);
    if (key !== '' && !item) {
      verdict.messages.push({
        field: 'stable_key',
        th: `ไม่พบรายการรหัส ${key} ในแผนฉบับนี้`,
        en: `No item with key ${key} in this plan version`,
      });
      continue;
    }
    if (key !== '' && seen.has(key)) {
      verdict.messages.push({
        field: 'stable_key',
        th: 'รายการนี้ซ้ำกับแถวก่อนหน้า',
        en: 'This item appears in an earlier row too',
      });
    }
    seen.add(key);
    verdict.messages.push(...yearsOutsidePeriod(row.values, context.years));
    const fields = readFields(row.values, item, approaches, verdict);
    const areaCodes = readAreas(row.values, item, context, verdict);
    const budgets = readBudgets(row.values, item, context, verdict);
    if (fields && item) {
      verdict.changed.push(
        ...FIELD_KEYS.filter(([field]) => fields[field] !== item[field]).map(([, column]) => column),
      );
    }
    if (!item) {
      verdict.changed.push('new');
    }
    const stale = item && verdict.changed.length > 0 ? staleRow(row.values.version, item.version) : null;
    if (stale) {
      verdict.messages.push(stale);
    }
    if (fields && verdict.changed.length > 0) {
      changes.push({ rowNumber: row.rowNumber, item, fields, areaCodes, budgets });
    }
  }
  return { verdicts, changes };
}
