import {
  BUDGET_TYPE_LABELS,
  BUDGET_TYPES,
  PROJECT_CATEGORY_LABELS,
  PROJECT_MAIN_STATUSES,
  READINESS_ITEM_LABELS,
  READINESS_STATUS_LABELS,
  type ProjectStatus,
} from '../projects/project.js';
import type { Project } from '../projects/project-response.js';
import type { PackProjectPage } from './pack-document.js';
import type { ProjectStage } from './stage-responses.js';
import { BUDGET_STAGE_LABELS, BUDGET_STAGES } from './stages.js';
import type { PackAmountStage } from './pack-request.js';
import type { PackGroup, PackSummaryProject } from './pack-summary.js';

/** The names a pack prints for what a project refers to by id or code. */
export type PackLabels = {
  /** Plan issues: "ประเด็นการพัฒนาที่ n title" and their place in the plan. */
  issues: ReadonlyMap<string, { label: string; order: number }>;
  approaches: ReadonlyMap<string, string>;
  kpis: ReadonlyMap<string, string>;
  /** Alignment nodes as "code title". */
  alignment: ReadonlyMap<string, string>;
  agencies: ReadonlyMap<string, string>;
  /** Display names of areas ("ตำบลX", "อำเภอY", "จังหวัดZ") by DOPA code. */
  areas: ReadonlyMap<string, string>;
};

/** Projects the House is asked for: requested or further along the main line, or cut or carried over. */
export const PACK_STATUSES: ReadonlySet<ProjectStatus> = new Set<ProjectStatus>([
  ...PROJECT_MAIN_STATUSES.slice(PROJECT_MAIN_STATUSES.indexOf('requested')),
  'cut',
  'carried_over',
]);

/** The budget-type columns of every summary table, in the Budget Bureau's order. */
export const PACK_BUDGET_TYPES: PackGroup[] = BUDGET_TYPES.map((type, index) => ({
  key: type,
  label: BUDGET_TYPE_LABELS[type].th,
  order: index,
}));

/** An area code and its parents, most specific first: 30010101 → 30010101, 300101, 3001, 30. */
export function areaPathCodes(code: string): string[] {
  return [8, 6, 4, 2].filter((length) => code.length >= length).map((length) => code.slice(0, length));
}

const ready = (status: string) => status === 'ready' || status === 'not_applicable';

const inStageOrder = (stages: readonly ProjectStage[]) =>
  [...stages].sort((a, b) => BUDGET_STAGES.indexOf(a.stage) - BUDGET_STAGES.indexOf(b.stage));

/**
 * The amount a pack counts for a project: the request stage (or, before one is recorded, the
 * project's own total), or the latest stage recorded.
 */
export function packAmountOf(
  project: Pick<Project, 'totalSatang'>,
  stages: readonly ProjectStage[],
  which: PackAmountStage,
): bigint {
  const inOrder = inStageOrder(stages);
  const chosen = which === 'request' ? inOrder.find((stage) => stage.stage === 'request') : inOrder.at(-1);
  return BigInt(chosen?.amountSatang ?? project.totalSatang);
}

function beneficiaries(project: Project): string | null {
  const parts = [
    project.beneficiaryHouseholds === null
      ? null
      : `${project.beneficiaryHouseholds.toLocaleString('en-US')} ครัวเรือน`,
    project.beneficiaryPeople === null ? null : `${project.beneficiaryPeople.toLocaleString('en-US')} คน`,
    project.beneficiaryNote,
  ].filter((part): part is string => part !== null && part.trim() !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

function provincesOf(project: Project, labels: PackLabels): PackSummaryProject['provinces'] {
  const label = (code: string) => labels.areas.get(code) ?? code;
  if (project.provinceShares.length > 0) {
    return project.provinceShares.map((share) => ({
      key: share.provinceCode,
      basisPoints: share.shareBp,
      label: label(share.provinceCode),
    }));
  }
  const codes = [...new Set(project.locations.map((location) => location.areaCode.slice(0, 2)))];
  return (codes.length > 0 ? codes : [project.provinceCode]).map((code) => ({
    key: code,
    basisPoints: null,
    label: label(code),
  }));
}

/** One project as the pack prints it (its page) and counts it (its summary entry). */
export function packProjectOf(
  project: Project,
  labels: PackLabels,
  stages: readonly ProjectStage[],
  which: PackAmountStage,
): { page: PackProjectPage; summary: PackSummaryProject } {
  const amountSatang = packAmountOf(project, stages, which);
  const issue = project.links.planIssueId ? labels.issues.get(project.links.planIssueId) : undefined;
  const agencyName =
    (project.implementingAgencyId ? labels.agencies.get(project.implementingAgencyId) : undefined) ??
    project.implementingAgencyName ??
    'ไม่ระบุหน่วยงาน';
  const primary = project.links.alignment.find((link) => link.isPrimary);
  const page: PackProjectPage = {
    code: project.code,
    title: project.title,
    objective: project.objective,
    agencyName,
    budgetTypeLabel: BUDGET_TYPE_LABELS[project.budgetType].th,
    categoryLabel: PROJECT_CATEGORY_LABELS[project.category].th,
    issueTitle: issue?.label ?? null,
    approachTitle: project.links.planApproachId
      ? (labels.approaches.get(project.links.planApproachId) ?? null)
      : null,
    kpis: project.links.kpiIds.flatMap((id) => labels.kpis.get(id) ?? []),
    alignment: {
      primary: primary ? (labels.alignment.get(primary.nodeId) ?? null) : null,
      others: project.links.alignment
        .filter((link) => !link.isPrimary)
        .flatMap((link) => labels.alignment.get(link.nodeId) ?? []),
    },
    outputs: project.outputs.map((output) => ({
      kindLabel: output.kind === 'output' ? 'ผลผลิต' : 'ผลลัพธ์',
      description: output.description,
      target: `${output.targetValue} ${output.unit}`,
    })),
    beneficiaries: beneficiaries(project),
    locations: project.locations.map((location) =>
      areaPathCodes(location.areaCode)
        .map(
          (code) =>
            labels.areas.get(code) ?? (code === location.areaCode ? (location.areaNameTh ?? code) : ''),
        )
        .filter((name) => name !== '')
        .join(' '),
    ),
    readiness: project.readiness.map((item) => ({
      label: READINESS_ITEM_LABELS[item.item].th,
      statusLabel: READINESS_STATUS_LABELS[item.status].th,
      ready: ready(item.status),
      evidenceCount: item.files.length,
    })),
    budgetLines: project.budgetLines.map((line) => ({
      description: line.description,
      quantity: line.quantity === null ? null : `${line.quantity} ${line.unit ?? ''}`.trim(),
      amountSatang: BigInt(line.amountSatang),
    })),
    schedule: project.schedule.map((year) => ({
      fiscalYear: year.fiscalYear,
      amountSatang: BigInt(year.amountSatang),
    })),
    stages: inStageOrder(stages).map((stage) => ({
      label: BUDGET_STAGE_LABELS[stage.stage].th,
      amountSatang: BigInt(stage.amountSatang),
      cutSatang: BigInt(stage.cutSatang),
      reason: stage.cutReason,
    })),
    amountSatang,
  };
  const agencyKey = project.implementingAgencyId ?? `name:${agencyName}`;
  const summary: PackSummaryProject = {
    id: project.id,
    issue: issue && project.links.planIssueId ? { key: project.links.planIssueId, ...issue } : null,
    budgetType: PACK_BUDGET_TYPES.find((type) => type.key === project.budgetType) as PackGroup,
    agency: { key: agencyKey, label: agencyName, order: 0 },
    provinces: provincesOf(project, labels),
    amountSatang,
  };
  return { page, summary };
}
