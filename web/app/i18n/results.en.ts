import type { resultsTh } from './results.th.js';

/** English texts of the results and assets pages. */
export const resultsEn: Record<keyof typeof resultsTh, string> = {
  'nav.results': 'Results',
  'results.quarter': 'Quarter',
  'results.quarterN': 'Q{n}',
  'results.loadError': 'Could not load the results',
  'results.totalLine':
    '{reports} progress reports, {physical} on average · {achieved} of {indicators} output targets reached',
  'results.empty': 'No results reported for this quarter yet',
  'results.province': 'Province',
  'results.clusterOf': 'Cluster (operations centre {code})',
  'results.reports': 'Reports',
  'results.physical': 'Mean progress',
  'results.delayed': 'Delayed/at risk',
  'results.indicators': 'Output indicators',
  'results.achieved': 'Targets reached',
  'results.meanAchievement': 'Mean achievement',
  'assets.search': 'Search code, description, GFMIS number or custodian',
  'assets.type': 'Type',
  'assets.status': 'Status',
  'assets.loadError': 'Could not load the asset register',
  'assets.totals': '{count} assets worth {value} baht in all',
  'assets.empty': 'No assets in your scope yet',
  'assets.code': 'Asset code',
  'assets.description': 'Description',
  'assets.province': 'Province',
  'assets.value': 'Value (baht)',
  'assets.handover': 'Handover date',
  'assets.custodian': 'Custodian / receiver',
  'assets.condition': 'Condition',
  'assets.more': 'Show more',
};
