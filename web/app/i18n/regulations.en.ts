import type { regulationsTh } from './regulations.th.js';

/** English texts of the regulations library and its side panel. */
export const regulationsEn: Record<keyof typeof regulationsTh, string> = {
  'nav.regulations': 'Regulations library',
  'regulations.search': 'Search by Thai words or a phrase, e.g. กันเงินไว้เบิกเหลื่อมปี',
  'regulations.kindFilter': 'Kind of document',
  'regulations.col.title': 'Title',
  'regulations.col.number': 'Number',
  'regulations.col.issuedOn': 'Dated',
  'regulations.col.issuingBody': 'Issued by',
  'regulations.col.kind': 'Kind',
  'regulations.matched': 'Provisions matching the search',
  'regulations.unverified': 'Not verified',
  'regulations.empty': 'No regulation or law found',
  'regulations.loadMore': 'Show more',
  'regulations.loadError': 'The library could not be loaded',
  'regulations.open': 'Open document',
  'regulations.review.title': 'Citations to review because their provision was superseded',
  'regulations.review.none': 'No citation is waiting for review',
  'regulations.review.target': 'Citing step or rule',
  'regulations.review.provision': 'Provision',
  'regulations.panel.title': 'Regulations this step rests on',
  'regulations.panel.empty': 'No provision is cited for this step yet',
  'regulations.panel.needsReview': 'Provision superseded; waiting for review',
};
