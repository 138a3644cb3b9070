import type { householdsTh } from './households.th.js';

/** English texts of the household-case pages and their audit words. */
export const householdsEn: Record<keyof typeof householdsTh, string> = {
  'nav.households': 'Households in need',
  'audit.entity.household': 'Household case',
  'audit.entity.household_member': 'Household member',
  'audit.entity.household_export': 'Personal-data export',
  'audit.entity.household_settings': 'Personal-data retention',
  'audit.entity.household_proposal': 'Need proposed from household counts',
  'audit.action.status': 'Status changed',
  'audit.action.help': 'Help recorded',
  'audit.action.visit': 'Visit recorded',
  'audit.action.unmask': 'Personal data shown',
  'audit.action.export_personal': 'Personal data exported',
  'audit.action.subject_access': 'Subject-access report',
  'audit.action.retention_erase': 'Personal data erased (retention)',
  'audit.action.propose_need': 'Proposed as a need',
};
