export type { Agency } from '../../../domain/agencies/agency.js';
import type { AreaLevel } from '../../../domain/areas/area-code.js';
import type { Role } from '../../../domain/auth/roles.js';
import type { Lang } from '../i18n/lang.js';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  locale: Lang;
  roles: Role[];
  captureScope: string[];
  viewScope: string[];
  allowedActions: string[];
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface Area {
  code: string;
  level: AreaLevel;
  parentCode: string | null;
  provinceCode: string;
  nameTh: string;
  nameEn: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  isSpecialArea: boolean;
  validFrom: string | null;
  validTo: string | null;
  version: number;
}

export interface AreaDetail {
  area: Area;
  ancestors: Area[];
  childCounts: Partial<Record<Exclude<AreaLevel, 'province'>, number>>;
}

export interface ProvinceStats {
  provinceCode: string;
  nameTh: string;
  nameEn: string;
  districts: number;
  subdistricts: number;
  villages: number;
  clusterId: number | null;
  clusterNameTh: string | null;
  clusterNameEn: string | null;
}

export interface Region {
  id: number;
  nameTh: string;
  nameEn: string;
}

export interface Cluster {
  id: number;
  nameTh: string;
  nameEn: string;
  regionId: number;
  operationsCentreCode: string | null;
  operationsCentreVerified: boolean;
  members: { provinceCode: string; nameTh: string; validFrom: string | null; validTo: string | null }[];
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progressDone: number;
  progressTotal: number;
  result: { inserted?: number; updated?: number; failedRows?: number } | null;
  errorTh: string | null;
  errorEn: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface JobItem {
  itemNo: number;
  ok: boolean;
  itemKey: string | null;
  messages: { field?: string; th: string; en: string }[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  agencyId: string | null;
  locale: Lang;
  isActive: boolean;
  roles: Role[];
  captureScope: string[];
  viewScope: string[];
  version: number;
  lastLoginAt: string | null;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string;
  /** The record's reference number or name, when the reader may see it. */
  entityLabel: string | null;
  action: string;
  changes: Record<string, [unknown, unknown]> | null;
  reason: string | null;
  provinceCode: string | null;
}
