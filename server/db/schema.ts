export * from '../features/areas/tables.js';
export * from '../features/agencies/tables.js';
export * from '../features/users/tables.js';
export * from '../platform/auth/tables.js';
export * from '../platform/audit/tables.js';
export * from '../platform/jobs/tables.js';
