import type { projectsTh } from './projects.th.js';

export const projectsEn: Record<keyof typeof projectsTh, string> = {
  'projects.title': 'Projects',
  'projects.search': 'Search by project title or code',
  'projects.status': 'Status',
  'projects.budgetType': 'Budget type',
  'projects.export': 'Export to Excel',
  'projects.loadError': 'Could not load the projects',
  'projects.totals': '{count} projects, {amount} baht in all',
  'projects.empty': 'No project matches the filters',
  'projects.code': 'Code',
  'projects.name': 'Project',
  'projects.amount': 'Amount (baht)',
  'projects.agency': 'Implementing agency',
  'projects.demo': 'Demo data',
  'projects.more': 'Show more',
};
