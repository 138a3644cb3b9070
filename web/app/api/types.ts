export type { Items, Page } from '../../../domain/common/paging.js';
export type { Job, JobItem, JobStatus } from '../../../domain/jobs/job.js';
export type { Agency } from '../../../domain/agencies/agency.js';
export type { Area, AreaDetail, Cluster, ProvinceStats, Region } from '../../../domain/areas/area.js';
import type { Role } from '../../../domain/auth/roles.js';
import type { Lang } from '../i18n/lang.js';

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
  action: string;
  changes: Record<string, [unknown, unknown]> | null;
  reason: string | null;
  provinceCode: string | null;
}
