import type { Asset, AssetCheck, AssetDetail } from '../../../domain/assets/asset-response.js';
import { availableAssetTransitions } from '../../../domain/assets/transitions.js';
import type { assetChecks } from './check-tables.js';
import type { assetEvents, assets } from './tables.js';

type AssetRow = typeof assets.$inferSelect;
type EventRow = typeof assetEvents.$inferSelect;
type CheckRow = typeof assetChecks.$inferSelect;

export function presentAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    code: row.code,
    projectId: row.projectId,
    provinceCode: row.provinceCode,
    clusterId: row.clusterId,
    fiscalYear: row.fiscalYear,
    type: row.type,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    valueSatang: row.valueSatang.toString(),
    handoverDate: row.handoverDate,
    locationAreaCode: row.locationAreaCode,
    latitude: row.latitude,
    longitude: row.longitude,
    custodianAgencyId: row.custodianAgencyId,
    custodianName: row.custodianName,
    condition: row.condition,
    gfmisAssetNo: row.gfmisAssetNo,
    status: row.status,
    lastCheckedOn: row.lastCheckedOn,
    availableTransitions: availableAssetTransitions(row.status),
    isDemo: row.isDemo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentAssetCheck(check: CheckRow): AssetCheck {
  return {
    id: check.id,
    checkedOn: check.checkedOn,
    condition: check.condition,
    inUse: check.inUse,
    note: check.note,
    hasPhoto: check.photoFileId !== null,
    hasPreview: check.photoThumbnailFileId !== null,
    recordedAt: check.recordedAt.toISOString(),
    version: check.version,
  };
}

export function presentAssetDetail(
  row: AssetRow,
  events: readonly EventRow[],
  checks: readonly CheckRow[],
): AssetDetail {
  return {
    ...presentAsset(row),
    checks: checks.map(presentAssetCheck),
    events: events.map((event) => ({
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      eventDate: event.eventDate,
      documentRef: event.documentRef,
      reason: event.reason,
      recordedAt: event.recordedAt.toISOString(),
    })),
  };
}

/** What the register's search matches: code, description, GFMIS number and custodian, lower case. */
export function searchTextOf(row: {
  code: string;
  description: string;
  gfmisAssetNo: string | null;
  custodianName: string | null;
}): string {
  return [row.code, row.description, row.gfmisAssetNo, row.custodianName]
    .filter((part): part is string => !!part)
    .join(' ')
    .toLowerCase();
}
