import type { ProjectUpdateInput } from '../../../domain/projects/project-input.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { BudgetType, OutputKind, ProjectCategory } from '../../../domain/projects/project.js';
import { bahtToSatang, satangToBahtString } from '../../../domain/thai/money.js';
import type { FieldError } from '../../components/zodRule.js';

/** One budget line as the form holds it: the amount is typed in baht. */
export interface BudgetLineValues {
  description?: string;
  budgetType?: BudgetType;
  category?: ProjectCategory;
  quantity?: string | null;
  unit?: string | null;
  amountBaht?: string | null;
}

export interface ScheduleValues {
  fiscalYear?: number;
  amountBaht?: string | null;
}

export interface OutputValues {
  kind?: OutputKind;
  description?: string;
  targetValue?: string;
  unit?: string;
}

/** What the project form edits; readiness has its own panel and saves on its own. */
export interface ProjectFormValues {
  title?: string;
  objective?: string | null;
  description?: string | null;
  budgetType?: BudgetType;
  category?: ProjectCategory;
  receiverName?: string | null;
  areaCodes?: string[];
  planItemId?: string | null;
  planIssueId?: string | null;
  planApproachId?: string | null;
  kpiIds?: string[];
  budgetLines?: BudgetLineValues[];
  schedule?: ScheduleValues[];
  outputs?: OutputValues[];
  beneficiaryHouseholds?: number | null;
  beneficiaryPeople?: number | null;
  beneficiaryNote?: string | null;
  emenscrCode?: string | null;
  budgetBureauCode?: string | null;
  gfmisCode?: string | null;
  egpNumber?: string | null;
}

const baht = (satang: string) => satangToBahtString(BigInt(satang));

export function projectToFormValues(project: Project): ProjectFormValues {
  return {
    title: project.title,
    objective: project.objective,
    description: project.description,
    budgetType: project.budgetType,
    category: project.category,
    receiverName: project.receiverName,
    areaCodes: project.locations.map((location) => location.areaCode),
    planItemId: project.links.planItemId,
    planIssueId: project.links.planIssueId,
    planApproachId: project.links.planApproachId,
    kpiIds: project.links.kpiIds,
    budgetLines: project.budgetLines.map(({ amountSatang, ...line }) => ({
      ...line,
      amountBaht: baht(amountSatang),
    })),
    schedule: project.schedule.map((row) => ({
      fiscalYear: row.fiscalYear,
      amountBaht: baht(row.amountSatang),
    })),
    outputs: project.outputs,
    beneficiaryHouseholds: project.beneficiaryHouseholds,
    beneficiaryPeople: project.beneficiaryPeople,
    beneficiaryNote: project.beneficiaryNote,
    emenscrCode: project.emenscrCode,
    budgetBureauCode: project.budgetBureauCode,
    gfmisCode: project.gfmisCode,
    egpNumber: project.egpNumber,
  };
}

/** Baht as typed to satang; anything unreadable passes through so the contract names the field. */
export function satangOf(amountBaht: string | null | undefined): string {
  if (amountBaht === null || amountBaht === undefined || amountBaht.trim() === '') {
    return '';
  }
  try {
    return String(bahtToSatang(amountBaht));
  } catch {
    return amountBaht;
  }
}

/** Baht as typed so far, in satang, for live totals: what cannot be read yet counts as nothing. */
export function typedSatang(amountBaht: string | null | undefined): bigint {
  try {
    return amountBaht?.trim() ? bahtToSatang(amountBaht) : 0n;
  } catch {
    return 0n;
  }
}

export function typedTotal(rows: readonly { amountBaht?: string | null }[] | undefined): bigint {
  return (rows ?? []).reduce((sum, row) => sum + typedSatang(row.amountBaht), 0n);
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * The PATCH body for the form's values. Geometry drawn for a kept area stays; the needs and national
 * alignment the record already carries are kept as they are. A locked budget is not sent at all.
 */
export function formValuesToUpdate(
  values: ProjectFormValues,
  project: Project,
): ProjectUpdateInput & { version: number } {
  const geometryOf = new Map(project.locations.map((location) => [location.areaCode, location.geometry]));
  const budget = project.budgetLocked
    ? {}
    : {
        budgetLines: (values.budgetLines ?? []).map(({ amountBaht, ...line }) => ({
          description: line.description?.trim() ?? '',
          budgetType: line.budgetType ?? project.budgetType,
          category: line.category ?? project.category,
          quantity: text(line.quantity),
          unit: text(line.unit),
          amountSatang: satangOf(amountBaht),
        })),
        schedule: (values.schedule ?? []).map((row) => ({
          fiscalYear: row.fiscalYear ?? project.fiscalYear,
          amountSatang: satangOf(row.amountBaht),
        })),
      };
  return {
    title: values.title?.trim() ?? '',
    objective: text(values.objective),
    description: text(values.description),
    budgetType: values.budgetType ?? project.budgetType,
    category: values.category ?? project.category,
    receiverName: text(values.receiverName),
    locations: (values.areaCodes ?? []).map((areaCode) => ({
      areaCode,
      geometry: geometryOf.get(areaCode) ?? null,
    })),
    links: {
      planItemId: values.planItemId ?? null,
      planIssueId: values.planIssueId ?? null,
      planApproachId: values.planApproachId ?? null,
      kpiIds: values.kpiIds ?? [],
      needIds: project.links.needIds,
      alignment: project.links.alignment,
    },
    ...budget,
    outputs: (values.outputs ?? []).map((output) => ({
      kind: output.kind ?? 'output',
      description: output.description?.trim() ?? '',
      targetValue: output.targetValue?.trim() ?? '',
      unit: output.unit?.trim() ?? '',
    })),
    beneficiaryHouseholds: values.beneficiaryHouseholds ?? null,
    beneficiaryPeople: values.beneficiaryPeople ?? null,
    beneficiaryNote: text(values.beneficiaryNote),
    emenscrCode: text(values.emenscrCode),
    budgetBureauCode: text(values.budgetBureauCode),
    gfmisCode: text(values.gfmisCode),
    egpNumber: text(values.egpNumber),
    version: project.version,
  };
}

/** Where the contract's field names differ from the form's, an error is shown on the form's field. */
export function toFormFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => {
    const [first, ...rest] = error.name;
    if (first === 'locations') {
      return { ...error, name: ['areaCodes'] };
    }
    if (first === 'links') {
      return { ...error, name: rest.slice(0, 1) };
    }
    return { ...error, name: error.name.map((part) => (part === 'amountSatang' ? 'amountBaht' : part)) };
  });
}
