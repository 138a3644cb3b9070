// The tables a generated project fills, in load order, each with its columns and the COPY cells the
// app would have written for one project (spending: a spending plan, twelve plan and twelve actual months).
import { BUDGET_STAGES } from '../../domain/budget/stages.js';
import { spendingClassOf } from '../../domain/spending/budget-class.js';
import { type Cell } from './copy-text.js';
import { monthlyShares, type GeneratedProject } from './project-rows.js';

export type ProjectTable = {
  table: string;
  columns: readonly string[];
  cellsOf(project: GeneratedProject): Cell[][];
};

const own = (project: GeneratedProject): Cell[] => [project.id, project.provinceCode, project.clusterId];
const OWN_COLUMNS = ['project_id', 'province_code', 'cluster_id'] as const;
const CUT_REASON = 'ข้อมูลสังเคราะห์: ปรับลดตามวงเงินที่ได้รับ (bench)';

/** One row per fiscal month of a funded project (none for the others), given the month's planned share. */
const fundedMonths = (p: GeneratedProject, cells: (planned: bigint, fiscalMonth: number) => Cell[]) =>
  p.stages.length === 0
    ? []
    : monthlyShares(p.totalSatang).map((planned, index) => cells(planned, index + 1));

/** When a funded project's spending was recorded: the month after each fiscal month. */
function recordedAt(project: GeneratedProject, fiscalMonth: number): Date {
  return new Date(Date.UTC(project.fiscalYear - 544, 9 + fiscalMonth, 5));
}

export const PROJECT_TABLES: readonly ProjectTable[] = [
  {
    table: 'projects',
    columns: [
      'id',
      'province_code',
      'cluster_id',
      'scope',
      'budget_unit',
      'code',
      'fiscal_year',
      'title',
      'objective',
      'budget_type',
      'category',
      'total_satang',
      'implementing_agency_id',
      'plan_issue_id',
      'status',
      'status_changed_at',
      'search_tokens',
      'is_demo',
      'version',
      'created_at',
      'updated_at',
    ],
    cellsOf: (p) => [
      [
        p.id,
        p.provinceCode,
        p.clusterId,
        p.clusterId === null ? 'province' : 'cluster',
        p.budgetUnit,
        p.code,
        p.fiscalYear,
        p.title,
        p.objective,
        p.budgetType,
        p.category,
        p.totalSatang,
        p.agencyId,
        p.planIssueId,
        p.status,
        p.status === 'idea' ? null : p.createdAt,
        p.searchTokens,
        true,
        1,
        p.createdAt,
        p.createdAt,
      ],
    ],
  },
  {
    table: 'project_locations',
    columns: [...OWN_COLUMNS, 'area_code'],
    cellsOf: (p) => [[...own(p), p.areaCode]],
  },
  {
    table: 'project_budget_lines',
    columns: [...OWN_COLUMNS, 'line_no', 'description', 'budget_type', 'category', 'amount_satang'],
    cellsOf: (p) => [[...own(p), 1, p.title, p.budgetType, p.category, p.totalSatang]],
  },
  {
    table: 'project_schedule',
    columns: [...OWN_COLUMNS, 'fiscal_year', 'amount_satang'],
    cellsOf: (p) => [[...own(p), p.fiscalYear, p.totalSatang]],
  },
  {
    table: 'project_budget_stages',
    columns: [
      ...OWN_COLUMNS,
      'fiscal_year',
      'stage',
      'amount_satang',
      'cut_satang',
      'cut_reason',
      'budget_type',
      'plan_issue_id',
      'agency_id',
      'district_code',
      'recorded_at',
    ],
    cellsOf: (p) =>
      p.stages.map((amount, index) => {
        const cut = index === 0 ? 0n : (p.stages[index - 1] ?? amount) - amount;
        return [
          ...own(p),
          p.fiscalYear,
          BUDGET_STAGES[index] ?? 'enacted',
          amount,
          cut,
          cut > 0n ? CUT_REASON : null,
          p.budgetType,
          p.planIssueId,
          p.agencyId,
          p.areaCode.slice(0, 4),
          p.createdAt,
        ];
      }),
  },
  {
    table: 'spending_plans',
    columns: [...OWN_COLUMNS, 'fiscal_year', 'allocation_satang'],
    cellsOf: (p) => (p.stages.length === 0 ? [] : [[...own(p), p.fiscalYear, p.totalSatang]]),
  },
  {
    table: 'spending_plan_months',
    columns: [...OWN_COLUMNS, 'fiscal_year', 'fiscal_month', 'spending_class', 'planned_satang'],
    cellsOf: (p) =>
      fundedMonths(p, (planned, month) => [
        ...own(p),
        p.fiscalYear,
        month,
        spendingClassOf(p.budgetType),
        planned,
      ]),
  },
  {
    table: 'spending_actuals',
    columns: [
      ...OWN_COLUMNS,
      'fiscal_year',
      'fiscal_month',
      'funds',
      'spending_class',
      'committed_satang',
      'disbursed_satang',
      'source',
      'recorded_at',
    ],
    // Disbursed runs a little behind plan (nine tenths of each month's share), committed ahead of it.
    cellsOf: (p) =>
      fundedMonths(p, (planned, month) => [
        ...own(p),
        p.fiscalYear,
        month,
        'budget',
        spendingClassOf(p.budgetType),
        month === 1 ? p.totalSatang / 2n : 0n,
        (planned * 9n) / 10n,
        'imported',
        recordedAt(p, month),
      ]),
  },
];
