import type { listsTh } from './lists.th.js';

/** English twins of the shared list texts. */
export const listsEn: Record<keyof typeof listsTh, string> = {
  'list.export': 'Export to Excel',
  'list.loadFailed': 'The list could not be loaded',
  'list.emptySearch': 'Nothing matches “{q}”. Try a shorter word, another spelling, or clear the filters',
  'list.emptyFiltered': 'Nothing matches the chosen filters. Try clearing them',
  'list.empty': 'No records yet',
  'list.clearFilters': 'Clear filters',
  'list.cluster': 'Cluster: {name}',
  'record.missingTitle': 'This record was not found',
  'record.missingBody': 'It may have been deleted, merged, or lie outside the areas you may see',
  'record.backToList': 'Back to the list',
};
