import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { AreaLevel } from '../../../domain/areas/area-code.js';
import type { NeedLinkType, NeedOrigin, NeedStatus } from '../../../domain/needs/need.js';
import type { NeedTransition } from '../../../domain/needs/state-machine.js';
import type { AreaProximity } from '../../../domain/needs/similarity.js';

/** A need as the list and the writes return it (server/features/needs/presenter.ts). */
export interface Need {
  id: string;
  referenceNo: string;
  provinceCode: string;
  areaCode: string;
  areaNameTh: string | null;
  fiscalYear: number;
  title: string;
  description: string;
  origin: NeedOrigin;
  sourceDocument: string | null;
  /** ISO date (CE) of the source document. */
  sourceDate: string | null;
  dimensionId: number;
  dimensionNameTh: string | null;
  households: number;
  people: number;
  sourcePriority: number | null;
  status: NeedStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  linkedEntityType: NeedLinkType | null;
  linkedEntityId: string | null;
  linkedLabel: string | null;
  forwardedAgencyId: string | null;
  forwardedToName: string | null;
  forwardReference: string | null;
  mergedIntoId: string | null;
  isDemo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A list page: `total` is exact, or the cap ("more than") when `totalExact` is false. */
export interface NeedPage {
  items: Need[];
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
}

export interface NeedSource {
  id: string;
  fromNeedId: string;
  fromReferenceNo: string | null;
  origin: NeedOrigin;
  sourceDocument: string | null;
  sourceDate: string | null;
  households: number;
  people: number;
  createdAt: string;
}

export interface NeedAttachment {
  id: string;
  needId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: string;
}

export interface NeedAuditEntry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  changes: Record<string, [unknown, unknown]> | null;
  reason: string | null;
}

export interface NeedRef {
  id: string;
  referenceNo: string;
  title: string;
}

export interface NeedOutcome {
  status: NeedStatus;
  reason: string | null;
  changedAt: string | null;
  linked: { type: NeedLinkType; id: string | null; label: string | null } | null;
  forwarded: {
    agencyId: string | null;
    agencyNameTh: string | null;
    toName: string | null;
    reference: string | null;
  } | null;
  mergedInto: (NeedRef & { status: NeedStatus }) | null;
  mergedFrom: (NeedRef & { areaCode: string })[];
}

/** GET /needs/:id: the need with its area, sources, attachments, outcome, moves and audit trail. */
export interface NeedDetail extends Need {
  area: {
    code: string;
    level: AreaLevel;
    nameTh: string;
    nameEn: string | null;
    ancestors: { code: string; nameTh: string }[];
  } | null;
  dimension: { id: number; nameTh: string; nameEn: string | null; isActive: boolean } | null;
  sources: NeedSource[];
  attachments: NeedAttachment[];
  outcome: NeedOutcome;
  availableTransitions: NeedTransition[];
  audit: NeedAuditEntry[];
}

export interface SimilarNeed {
  id: string;
  referenceNo: string;
  title: string;
  areaCode: string;
  areaNameTh: string | null;
  status: NeedStatus;
  fiscalYear: number;
  households: number;
  people: number;
  score: number;
  proximity: AreaProximity;
  reasons: Bilingual[];
}

export interface NeedDimension {
  id: number;
  nameTh: string;
  nameEn: string | null;
  sortOrder: number;
  isActive: boolean;
  version: number;
}

export type RollupGroup = 'area' | 'dimension' | 'origin' | 'status';
export type RollupLevel = 'province' | 'district' | 'subdistrict';

export interface RollupRow {
  key: string;
  labelTh: string | null;
  labelEn: string | null;
  needs: number;
  households: number;
  people: number;
}

export interface NeedRollup {
  groupBy: RollupGroup;
  level: RollupLevel | null;
  items: RollupRow[];
}

export interface NeedMapData {
  points: { code: string; nameTh: string | null; lat: number | null; lon: number | null; needs: number }[];
  provinces: { provinceCode: string; needs: number }[];
}
