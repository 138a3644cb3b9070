import type { auditTh } from './audit.th.js';

/** English labels for audit actions and entity types shown in the audit trail. */
export const auditEn: Record<keyof typeof auditTh, string> = {
  'audit.action.close': 'Closed',
  'audit.action.login': 'Signed in',
  'audit.action.login_failed': 'Failed sign-in',
  'audit.action.login_locked': 'Account locked',
  'audit.action.password_changed': 'Password changed',
  'audit.action.screen': 'Screened',
  'audit.action.link': 'Linked to plan/project',
  'audit.action.forward': 'Forwarded',
  'audit.action.reject': 'Rejected',
  'audit.action.reopen': 'Reopened',
  'audit.action.merge': 'Received merged needs',
  'audit.action.merged_into': 'Merged into another need',
  'audit.action.attach': 'File attached',
  'audit.action.detach': 'File removed',
  'audit.action.transition': 'Status changed',
  'audit.entity.user': 'User',
  'audit.entity.agency': 'Agency',
  'audit.entity.area': 'Area',
  'audit.entity.need': 'Need',
  'audit.entity.plan': 'Plan',
  'audit.entity.plan_version': 'Plan version',
  'audit.entity.plan_kpi': 'KPI',
  'audit.entity.plan_item': 'Project-set item',
  'audit.anonymous': 'Not signed in',
};
