import type { Need, NeedAttachment, NeedDimension, NeedSource } from '../../../domain/needs/need-response.js';
import type { needAttachments, needDimensions, needSources, needs } from './tables.js';

/** The fields a client sees of a need; names of its area and dimension when the query joined them. */
export function presentNeed(
  need: typeof needs.$inferSelect,
  names: { areaNameTh?: string | null; dimensionNameTh?: string | null } = {},
): Need {
  return {
    id: need.id,
    referenceNo: need.referenceNo,
    provinceCode: need.provinceCode,
    areaCode: need.areaCode,
    areaNameTh: names.areaNameTh ?? null,
    fiscalYear: need.fiscalYear,
    title: need.title,
    description: need.description,
    origin: need.origin,
    sourceDocument: need.sourceDocument,
    sourceDate: need.sourceDate,
    dimensionId: need.dimensionId,
    dimensionNameTh: names.dimensionNameTh ?? null,
    households: need.households,
    people: need.people,
    sourcePriority: need.sourcePriority,
    status: need.status,
    statusReason: need.statusReason,
    statusChangedAt: need.statusChangedAt?.toISOString() ?? null,
    linkedEntityType: need.linkedEntityType,
    linkedEntityId: need.linkedEntityId,
    linkedLabel: need.linkedLabel,
    forwardedAgencyId: need.forwardedAgencyId,
    forwardedToName: need.forwardedToName,
    forwardReference: need.forwardReference,
    mergedIntoId: need.mergedIntoId,
    isDemo: need.isDemo,
    version: need.version,
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
  };
}

/** One original source of a need. */
export function presentSource(
  source: typeof needSources.$inferSelect,
  fromReferenceNo: string | null,
): NeedSource {
  return {
    id: source.id,
    fromNeedId: source.fromNeedId,
    fromReferenceNo: fromReferenceNo,
    origin: source.origin,
    sourceDocument: source.sourceDocument,
    sourceDate: source.sourceDate,
    households: source.households,
    people: source.people,
    createdAt: source.createdAt.toISOString(),
  };
}

/** An attachment's description; the bytes come from the download endpoint. */
export function presentAttachment(attachment: typeof needAttachments.$inferSelect): NeedAttachment {
  return {
    id: attachment.id,
    needId: attachment.needId,
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    sizeBytes: attachment.sizeBytes,
    uploadedBy: attachment.uploadedBy,
    createdAt: attachment.createdAt.toISOString(),
  };
}

/** A dimension of the editable list. */
export function presentDimension(dimension: typeof needDimensions.$inferSelect): NeedDimension {
  return {
    id: dimension.id,
    nameTh: dimension.nameTh,
    nameEn: dimension.nameEn,
    sortOrder: dimension.sortOrder,
    isActive: dimension.isActive,
    version: dimension.version,
  };
}
