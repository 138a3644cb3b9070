import type { assetFormsTh } from './assetForms.th.js';

/** English texts of the asset registration form, the asset map and the backlog. */
export const assetFormsEn: Record<keyof typeof assetFormsTh, string> = {
  'assetForms.open': 'Register the project’s assets',
  'assetForms.register.title': 'Assets of project {code}',
  'assetForms.register.notDelivered':
    'Assets can be registered once the project is completed and inspected (status completed or closed)',
  'assetForms.register.proposed': 'Assets the project proposes',
  'assetForms.register.registered': 'Registered assets',
  'assetForms.register.none': 'No assets registered yet',
  'assetForms.register.hint':
    'Description, cost, place and receiver come from the project. Tick what was inspected and give its condition and GFMIS number (if any)',
  'assetForms.register.submit': 'Register {count} items',
  'assetForms.register.failed': 'Could not register the assets',
  'assetForms.quantity': 'Quantity',
  'assetForms.gfmis': 'GFMIS asset number',
  'assetForms.view': 'View',
  'assetForms.view.list': 'List',
  'assetForms.view.map': 'Map',
  'assetForms.view.backlog': 'Overdue checks / transfers',
  'assetForms.province': 'Province',
  'assetForms.fiscalYear': 'Fiscal year',
  'assetForms.map.hint': 'Assets matching the filters, coloured by transfer status; click a point to open it',
  'assetForms.map.truncated': 'Showing {shown} of {total}; choose a province or another filter',
  'assetForms.map.unplaced': '{count} without a position',
  'assetForms.backlog.kind': 'Backlog',
  'assetForms.backlog.check_overdue': 'Yearly check overdue',
  'assetForms.backlog.not_transferred': 'Not transferred 6 months after handover',
  'assetForms.backlog.waitingSince': 'Waiting since',
  'assetForms.backlog.empty': 'Nothing in the backlog',
  'assetForms.backlog.before': 'Waiting since before {date}',
};
