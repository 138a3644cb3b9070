import { citationTargetLabel } from '../../../domain/regulations/citations.js';
import type {
  CitationTarget,
  CitedProvision,
  Provision,
  RegulationSummary,
  RegulationVersion,
} from '../../../domain/regulations/responses.js';
import type { regulationCitations, regulationProvisions, regulations, regulationVersions } from './tables.js';

type RegulationRow = typeof regulations.$inferSelect;
type ProvisionRow = typeof regulationProvisions.$inferSelect;
type CitationRow = typeof regulationCitations.$inferSelect;
type VersionRow = typeof regulationVersions.$inferSelect;

export function presentRegulationSummary(
  row: RegulationRow,
  matchedProvisions: RegulationSummary['matchedProvisions'] = [],
): RegulationSummary {
  return {
    id: row.id,
    titleTh: row.titleTh,
    titleEn: row.titleEn,
    number: row.number,
    issuedOn: row.issuedOn,
    issuingBody: row.issuingBody,
    kind: row.kind,
    status: row.status,
    url: row.url,
    summary: row.summary,
    verified: row.verified,
    matchedProvisions,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The entry a cited provision belongs to, as a side panel names it. */
export function presentCitedEntry(row: RegulationRow): CitedProvision['regulation'] {
  return {
    id: row.id,
    titleTh: row.titleTh,
    titleEn: row.titleEn,
    number: row.number,
    issuedOn: row.issuedOn,
    kind: row.kind,
    status: row.status,
    url: row.url,
    verified: row.verified,
  };
}

export function presentCitationTarget(row: CitationRow): CitationTarget {
  return {
    citationId: row.id,
    targetKind: row.targetKind,
    targetKey: row.targetKey,
    label: citationTargetLabel(row.targetKind, row.targetKey),
    note: row.note,
    needsReview: row.needsReview,
  };
}

export function presentProvision(row: ProvisionRow, citations: readonly CitationRow[]): Provision {
  return {
    id: row.id,
    regulationId: row.regulationId,
    reference: row.reference,
    heading: row.heading,
    text: row.text,
    status: row.status,
    supersededOn: row.supersededOn,
    supersededById: row.supersededById,
    supersedeReason: row.supersedeReason,
    citedBy: citations.filter((citation) => citation.provisionId === row.id).map(presentCitationTarget),
  };
}

export function presentVersion(row: VersionRow): RegulationVersion {
  return {
    id: row.id,
    label: row.label,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    url: row.url,
    note: row.note,
    file: row.fileId ? { id: row.fileId, fileName: row.fileName ?? 'file' } : null,
  };
}
