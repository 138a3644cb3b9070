import type { KpiDirection, KpiRollup } from '../../../../domain/plans/plan.js';
import type { KpiNode, KpiTargetView } from '../../../../domain/plans/tree.js';
import type { TabularRow } from '../../../platform/files/sheet.js';
import { normalizeDecimal } from '../../../../domain/plans/outputs/format.js';
import { areaProblem, type ImportContext, type RowVerdict } from './import-common.js';
import { DIRECTION_LABELS, ROLLUP_LABELS } from './kpi-sheet.js';
import {
  fyKey,
  parseChoice,
  parseDecimalCell,
  parseYearCell,
  staleRow,
  yearsOutsidePeriod,
  type RowMessage,
} from '../../../../domain/plans/outputs/sheet-values.js';

export type KpiFields = {
  name: string;
  unit: string;
  baselineValue: string | null;
  baselineYear: number | null;
  direction: KpiDirection;
  rollup: KpiRollup;
  dataSource: string | null;
};

/** One KPI to write: new attributes and/or its whole new target list (null = leave as is). */
export type KpiChange = { kpi: KpiNode; fields: KpiFields | null; targets: KpiTargetView[] | null };

const fieldsOf = (kpi: KpiNode): KpiFields => ({
  name: kpi.name,
  unit: kpi.unit,
  baselineValue: kpi.baselineValue,
  baselineYear: kpi.baselineYear,
  direction: kpi.direction,
  rollup: kpi.rollup,
  dataSource: kpi.dataSource,
});

const sameDecimal = (a: string | null, b: string | null) =>
  (a === null ? null : normalizeDecimal(a)) === (b === null ? null : normalizeDecimal(b));

function readFields(values: Record<string, string>, current: KpiFields, messages: RowMessage[]): KpiFields {
  const next = { ...current };
  const text = (key: string) => values[key];
  const required = (key: 'name' | 'unit', th: string, en: string) => {
    const value = text(key);
    if (value === undefined) {
      return;
    }
    if (value === '') {
      messages.push({ field: key, th: `กรุณาระบุ${th}`, en: `${en} is required` });
    } else {
      next[key] = value;
    }
  };
  required('name', 'ชื่อตัวชี้วัด', 'The KPI name');
  required('unit', 'หน่วยนับ', 'The unit');
  const take = <T>(
    key: string,
    parse: (raw: string) => { ok: true; value: T } | { ok: false; message: RowMessage },
    apply: (value: T) => void,
  ) => {
    const raw = text(key);
    if (raw === undefined) {
      return;
    }
    const parsed = parse(raw);
    if (parsed.ok) {
      apply(parsed.value);
    } else {
      messages.push(parsed.message);
    }
  };
  take(
    'baseline_value',
    (raw) => parseDecimalCell(raw, 'baseline_value'),
    (value) =>
      (next.baselineValue = sameDecimal(value, current.baselineValue) ? current.baselineValue : value),
  );
  take(
    'baseline_year',
    (raw) => parseYearCell(raw, 'baseline_year'),
    (value) => (next.baselineYear = value),
  );
  take(
    'direction',
    (raw) => parseChoice(raw, 'direction', DIRECTION_LABELS, { th: 'ทิศทาง', en: 'direction' }),
    (value) => (next.direction = value),
  );
  take(
    'rollup',
    (raw) => parseChoice(raw, 'rollup', ROLLUP_LABELS, { th: 'วิธีรวมค่า', en: 'roll-up rule' }),
    (value) => (next.rollup = value),
  );
  take(
    'data_source',
    (raw) => ({ ok: true, value: raw === '' ? null : raw }),
    (value) => (next.dataSource = value),
  );
  return next;
}

function changedFieldKeys(before: KpiFields, after: KpiFields): string[] {
  const keys: [keyof KpiFields, string][] = [
    ['name', 'name'],
    ['unit', 'unit'],
    ['baselineValue', 'baseline_value'],
    ['baselineYear', 'baseline_year'],
    ['direction', 'direction'],
    ['rollup', 'rollup'],
    ['dataSource', 'data_source'],
  ];
  return keys.filter(([field]) => before[field] !== after[field]).map(([, key]) => key);
}

/**
 * Checks every row of a KPI sheet against the version and works out what would change. Rows match
 * KPIs by stable_key; the whole-area row (empty area_code) carries attributes and whole-area targets,
 * an area row only that area's targets. Columns missing from the sheet leave their values alone.
 */
export function planKpiImport(
  rows: readonly TabularRow[],
  context: ImportContext,
): { verdicts: RowVerdict[]; changes: KpiChange[] } {
  const kpis = new Map(
    context.tree.issues
      .flatMap((issue) => issue.objectives.flatMap((o) => o.kpis))
      .map((kpi) => [kpi.stableKey, kpi]),
  );
  const seen = new Set<string>();
  const targetsByKpi = new Map<string, Map<string, string | null>>();
  const fieldsByKpi = new Map<string, KpiFields>();
  const verdicts: RowVerdict[] = [];
  for (const row of rows) {
    const values = row.values;
    const key = values.stable_key ?? '';
    const verdict: RowVerdict = { rowNumber: row.rowNumber, key, messages: [], changed: [] };
    verdicts.push(verdict);
    const kpi = kpis.get(key);
    if (key === '') {
      verdict.messages.push({
        field: 'stable_key',
        th: 'ไม่มีรหัสอ้างอิง: เพิ่มตัวชี้วัดใหม่ได้ในหน้าแก้ไขแผนเท่านั้น',
        en: 'No key: new KPIs can only be added in the plan editor',
      });
      continue;
    }
    if (!kpi) {
      verdict.messages.push({
        field: 'stable_key',
        th: `ไม่พบตัวชี้วัดรหัส ${key} ในแผนฉบับนี้`,
        en: `No KPI with key ${key} in this plan version`,
      });
      continue;
    }
    const areaCode = values.area_code ? values.area_code : null;
    if (areaCode !== null) {
      const problem = areaProblem(areaCode, 'area_code', context);
      if (problem) {
        verdict.messages.push(problem);
      } else if (context.tree.plan.scope === 'province' && areaCode === context.tree.plan.provinceCode) {
        verdict.messages.push({
          field: 'area_code',
          th: 'ค่าเป้าหมายของทั้งจังหวัดให้เว้นรหัสพื้นที่ว่าง',
          en: 'Leave area_code empty for the whole-province targets',
        });
      }
    }
    if (seen.has(`${key}|${areaCode ?? ''}`)) {
      verdict.messages.push({
        field: 'area_code',
        th: 'ตัวชี้วัดและพื้นที่นี้ซ้ำกับแถวก่อนหน้า',
        en: 'This KPI and area appear in an earlier row too',
      });
    }
    seen.add(`${key}|${areaCode ?? ''}`);
    verdict.messages.push(...yearsOutsidePeriod(values, context.years));
    const targets =
      targetsByKpi.get(kpi.id) ??
      new Map(kpi.targets.map((t) => [`${t.fiscalYear}|${t.areaCode ?? ''}`, t.value]));
    targetsByKpi.set(kpi.id, targets);
    for (const year of context.years) {
      const raw = values[fyKey(year)];
      if (raw === undefined) {
        continue;
      }
      const parsed = parseDecimalCell(raw, fyKey(year));
      if (!parsed.ok) {
        verdict.messages.push(parsed.message);
        continue;
      }
      const cell = `${year}|${areaCode ?? ''}`;
      const before = targets.get(cell) ?? null;
      if (!sameDecimal(before, parsed.value)) {
        verdict.changed.push(fyKey(year));
        targets.set(cell, parsed.value);
      }
    }
    if (areaCode === null) {
      const current = fieldsOf(kpi);
      const next = readFields(values, current, verdict.messages);
      verdict.changed.push(...changedFieldKeys(current, next));
      fieldsByKpi.set(kpi.id, next);
    }
    const stale = verdict.changed.length > 0 ? staleRow(values.version, kpi.version) : null;
    if (stale) {
      verdict.messages.push(stale);
    }
  }
  const changes = [...kpis.values()].flatMap((kpi): KpiChange[] => {
    const fields = fieldsByKpi.get(kpi.id);
    const fieldsChanged = fields !== undefined && changedFieldKeys(fieldsOf(kpi), fields).length > 0;
    const targetMap = targetsByKpi.get(kpi.id);
    const targets = targetMap
      ? [...targetMap].flatMap(([cell, value]) => {
          const [year = '', area = ''] = cell.split('|');
          return value === null
            ? []
            : [{ fiscalYear: Number(year), areaCode: area === '' ? null : area, value }];
        })
      : null;
    const targetsChanged =
      targets !== null &&
      (targets.length !== kpi.targets.length ||
        targets.some(
          (t) =>
            !kpi.targets.some(
              (old) =>
                old.fiscalYear === t.fiscalYear &&
                old.areaCode === t.areaCode &&
                sameDecimal(old.value, t.value),
            ),
        ));
    return fieldsChanged || targetsChanged
      ? [{ kpi, fields: fieldsChanged ? (fields ?? null) : null, targets: targetsChanged ? targets : null }]
      : [];
  });
  return { verdicts, changes };
}
