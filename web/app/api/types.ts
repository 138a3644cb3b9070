export type { Items, Page } from '../../../domain/common/paging.js';
export type { Job, JobItem, JobStatus } from '../../../domain/jobs/job.js';
export type { Agency } from '../../../domain/agencies/agency.js';
export type { Area, AreaDetail, Cluster, ProvinceStats, Region } from '../../../domain/areas/area.js';
export type { AuditEntry } from '../../../domain/audit/audit.js';
export type { Session, SessionUser } from '../../../domain/auth/session.js';
export type { User } from '../../../domain/users/user.js';
