import { z } from 'zod';
import { PRIMARY_LEVEL } from '../alignment/alignment.js';
import { provinceCodeOf } from '../areas/area-code.js';
import type { VersionDiff } from './diff-schema.js';
import { itemsOf, kpisOf } from './flatten.js';
import { DIFF_ENTITY_TYPES, periodYears } from './plan.js';
import type { ItemNode, KpiNode, PlanVersionTreeData } from './tree.js';

export const READINESS_CODES = [
  'missing_vision',
  'no_issues',
  'issue_without_objective',
  'objective_without_kpi',
  'kpi_missing_target',
  'target_year_outside_period',
  'target_area_outside_plan',
  'item_primary_missing',
  'item_primary_multiple',
  'item_primary_wrong_level',
  'item_without_kpi',
  'budget_year_outside_period',
  'item_area_outside_plan',
  'cluster_rule',
  'unexplained_change',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export const readinessProblemSchema = z.object({
  code: z.enum(READINESS_CODES),
  entityType: z.enum(DIFF_ENTITY_TYPES),
  entityId: z.uuid().nullable(),
  stableKey: z.string().nullable(),
  fiscalYear: z.number().int().optional(),
  areaCode: z.string().optional(),
  th: z.string(),
  en: z.string(),
});
export type ReadinessProblem = z.infer<typeof readinessProblemSchema>;

type Problem = Omit<ReadinessProblem, 'entityType' | 'entityId' | 'stableKey'>;

function kpiProblems(kpi: KpiNode, years: number[], inPlan: (code: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const planTargets = new Set(kpi.targets.filter((t) => t.areaCode === null).map((t) => t.fiscalYear));
  for (const year of years.filter((y) => !planTargets.has(y))) {
    problems.push({
      code: 'kpi_missing_target',
      fiscalYear: year,
      th: `ตัวชี้วัด "${kpi.name}" ยังไม่มีค่าเป้าหมายระดับแผนของปีงบประมาณ ${year}`,
      en: `KPI "${kpi.name}" has no plan-area target for FY${year}`,
    });
  }
  for (const year of new Set(kpi.targets.map((t) => t.fiscalYear).filter((y) => !years.includes(y)))) {
    problems.push({
      code: 'target_year_outside_period',
      fiscalYear: year,
      th: `ตัวชี้วัด "${kpi.name}" มีค่าเป้าหมายปี ${year} ซึ่งอยู่นอกช่วงแผน`,
      en: `KPI "${kpi.name}" has a target for FY${year}, outside the plan period`,
    });
  }
  for (const areaCode of new Set(
    kpi.targets.flatMap((t) => (t.areaCode && !inPlan(t.areaCode) ? [t.areaCode] : [])),
  )) {
    problems.push({
      code: 'target_area_outside_plan',
      areaCode,
      th: `ตัวชี้วัด "${kpi.name}" มีค่าเป้าหมายของพื้นที่ ${areaCode} ซึ่งอยู่นอกพื้นที่ของแผน`,
      en: `KPI "${kpi.name}" has a target for area ${areaCode}, outside the plan's area`,
    });
  }
  return problems;
}

function itemProblems(item: ItemNode, years: number[], inPlan: (code: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const primaries = item.alignment.filter((link) => link.isPrimary);
  if (primaries.length === 0) {
    problems.push({
      code: 'item_primary_missing',
      th: `"${item.title}" ยังไม่ระบุเป้าหมายแผนย่อย (Y1) ที่สอดคล้องเป็นหลัก`,
      en: `"${item.title}" has no primary sub-plan target (Y1)`,
    });
  } else if (primaries.length > 1) {
    problems.push({
      code: 'item_primary_multiple',
      th: `"${item.title}" ระบุความสอดคล้องหลักไว้ ${primaries.length} รายการ ต้องมีเพียงหนึ่งเดียว`,
      en: `"${item.title}" has ${primaries.length} primary links; exactly one is allowed`,
    });
  } else if (primaries[0]?.level !== PRIMARY_LEVEL) {
    problems.push({
      code: 'item_primary_wrong_level',
      th: `ความสอดคล้องหลักของ "${item.title}" ต้องเป็นเป้าหมายแผนย่อย (Y1)`,
      en: `The primary link of "${item.title}" must be a sub-plan target (Y1)`,
    });
  }
  if (item.kpiIds.length === 0) {
    problems.push({
      code: 'item_without_kpi',
      th: `"${item.title}" ยังไม่ระบุตัวชี้วัดที่โครงการส่งผล`,
      en: `"${item.title}" does not name a KPI it moves`,
    });
  }
  for (const budget of item.budgets.filter((b) => !years.includes(b.fiscalYear))) {
    problems.push({
      code: 'budget_year_outside_period',
      fiscalYear: budget.fiscalYear,
      th: `"${item.title}" มีประมาณการงบประมาณปี ${budget.fiscalYear} ซึ่งอยู่นอกช่วงแผน`,
      en: `"${item.title}" has a budget estimate for FY${budget.fiscalYear}, outside the plan period`,
    });
  }
  for (const areaCode of item.areaCodes.filter((code) => !inPlan(code))) {
    problems.push({
      code: 'item_area_outside_plan',
      areaCode,
      th: `"${item.title}" มีพื้นที่ ${areaCode} ซึ่งอยู่นอกพื้นที่ของแผน`,
      en: `"${item.title}" lists area ${areaCode}, outside the plan's area`,
    });
  }
  if (!item.clusterRule.ok) {
    problems.push({ code: 'cluster_rule', th: item.clusterRule.th, en: item.clusterRule.en });
  }
  return problems;
}

/** Every problem that keeps a version from being submitted; empty when it is ready. */
export function checkReadiness(tree: PlanVersionTreeData, diff?: VersionDiff | null): ReadinessProblem[] {
  const years = periodYears(tree.plan.periodStart, tree.plan.periodEnd);
  const provinces = new Set(tree.planProvinceCodes);
  const inPlan = (code: string) => provinces.has(provinceCodeOf(code));
  const problems: ReadinessProblem[] = [];
  const versionRef = { entityType: 'version' as const, entityId: tree.version.id, stableKey: null };
  if (!tree.version.vision?.trim()) {
    problems.push({
      ...versionRef,
      code: 'missing_vision',
      th: 'ยังไม่ระบุวิสัยทัศน์/เป้าหมายการพัฒนา',
      en: 'The vision is missing',
    });
  }
  if (tree.issues.length === 0) {
    problems.push({
      ...versionRef,
      code: 'no_issues',
      th: 'ยังไม่มีประเด็นการพัฒนา',
      en: 'The plan has no development issue',
    });
  }
  for (const issue of tree.issues.filter((i) => i.objectives.length === 0)) {
    problems.push({
      code: 'issue_without_objective',
      entityType: 'issue',
      entityId: issue.id,
      stableKey: issue.stableKey,
      th: `ประเด็นการพัฒนา "${issue.title}" ยังไม่มีเป้าประสงค์`,
      en: `Issue "${issue.title}" has no objective`,
    });
  }
  for (const objective of tree.issues.flatMap((i) => i.objectives).filter((o) => o.kpis.length === 0)) {
    problems.push({
      code: 'objective_without_kpi',
      entityType: 'objective',
      entityId: objective.id,
      stableKey: objective.stableKey,
      th: `เป้าประสงค์ "${objective.title}" ยังไม่มีตัวชี้วัด`,
      en: `Objective "${objective.title}" has no KPI`,
    });
  }
  for (const kpi of kpisOf(tree)) {
    const ref = { entityType: 'kpi' as const, entityId: kpi.id, stableKey: kpi.stableKey };
    problems.push(...kpiProblems(kpi, years, inPlan).map((problem) => ({ ...ref, ...problem })));
  }
  for (const item of itemsOf(tree)) {
    const ref = { entityType: 'item' as const, entityId: item.id, stableKey: item.stableKey };
    problems.push(...itemProblems(item, years, inPlan).map((problem) => ({ ...ref, ...problem })));
  }
  for (const entry of diff?.entries.filter((e) => e.needsReason && !e.reason) ?? []) {
    problems.push({
      code: 'unexplained_change',
      entityType: entry.entityType,
      entityId: entry.id ?? entry.previousId,
      stableKey: entry.stableKey,
      th: `การเปลี่ยนแปลง "${entry.title}" ยังไม่ระบุเหตุผล`,
      en: `The change to "${entry.title}" has no reason`,
    });
  }
  return problems;
}
