import type { Project, ProjectSummary } from '../../../domain/projects/project-response.js';
import { availableProjectTransitions, isBudgetLocked } from '../../../domain/projects/state-machine.js';
import { READINESS_ITEMS } from '../../../domain/projects/project.js';
import type { ProjectRow } from './access.js';
import type { ProjectChildRows } from './loaders.js';

/** A project row as lists read it, with its implementing agency's name when known. */
export function presentProjectSummary(row: ProjectRow, agencyName: string | null = null): ProjectSummary {
  return {
    id: row.id,
    code: row.code,
    budgetUnit: row.budgetUnit,
    title: row.title,
    fiscalYear: row.fiscalYear,
    scope: row.scope,
    provinceCode: row.provinceCode,
    clusterId: row.clusterId,
    budgetType: row.budgetType,
    category: row.category,
    implementingAgencyId: row.implementingAgencyId,
    implementingAgencyName: agencyName,
    status: row.status,
    totalSatang: String(row.totalSatang),
    planItemId: row.planItemId,
    isDemo: row.isDemo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The whole record from its row and child rows. */
export function presentProject(
  row: ProjectRow,
  children: ProjectChildRows,
  agencyName: string | null,
): Project {
  const schedule = children.schedule.map((s) => ({
    fiscalYear: s.fiscalYear,
    amountSatang: String(s.amountSatang),
  }));
  return {
    ...presentProjectSummary(row, agencyName),
    objective: row.objective,
    description: row.description,
    receiverAgencyId: row.receiverAgencyId,
    receiverName: row.receiverName,
    receiverCommitmentFileId: row.receiverCommitmentFileId,
    locations: children.locations.map((l) => ({
      areaCode: l.areaCode,
      areaNameTh: l.areaNameTh,
      geometry: l.geometry,
    })),
    provinceShares: children.shares.map((s) => ({ provinceCode: s.shareProvinceCode, shareBp: s.shareBp })),
    links: {
      planItemId: row.planItemId,
      planIssueId: row.planIssueId,
      planApproachId: row.planApproachId,
      kpiIds: children.kpis.map((k) => k.kpiId),
      needIds: children.needs.map((n) => n.needId),
      alignment: children.alignment.map((a) => ({ nodeId: a.nodeId, isPrimary: a.isPrimary })),
    },
    budgetLines: children.budgetLines.map((line) => ({
      description: line.description,
      budgetType: line.budgetType,
      category: line.category,
      quantity: line.quantity,
      unit: line.unit,
      amountSatang: String(line.amountSatang),
    })),
    schedule,
    scheduleTotalSatang: String(children.schedule.reduce((sum, s) => sum + s.amountSatang, 0n)),
    outputs: children.outputs.map((o) => ({
      kind: o.kind,
      description: o.description,
      targetValue: o.targetValue,
      unit: o.unit,
    })),
    beneficiaryHouseholds: row.beneficiaryHouseholds,
    beneficiaryPeople: row.beneficiaryPeople,
    beneficiaryNote: row.beneficiaryNote,
    readiness: READINESS_ITEMS.map((item) => {
      const stored = children.readiness.find((r) => r.item === item);
      return {
        item,
        status: stored?.status ?? 'pending',
        note: stored?.note ?? null,
        files: children.files
          .filter((file) => file.item === item)
          .map((file) => ({
            id: file.id,
            fileName: file.fileName,
            contentType: file.mimeType,
            sizeBytes: file.sizeBytes,
            createdAt: file.createdAt.toISOString(),
          })),
      };
    }),
    emenscrCode: row.emenscrCode,
    budgetBureauCode: row.budgetBureauCode,
    gfmisCode: row.gfmisCode,
    egpNumber: row.egpNumber,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    budgetLocked: isBudgetLocked(row.status),
    availableTransitions: availableProjectTransitions(row.status),
    createdAt: row.createdAt.toISOString(),
  };
}
