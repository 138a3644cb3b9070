import type { packTh } from './pack.th.js';

/** English texts of the explanation pack panel. */
export const packEn: Record<keyof typeof packTh, string> = {
  'pack.title': 'Budget explanation pack',
  'pack.explain':
    'Produce the budget explanation pack (PDF) and its summary workbook (Excel) for a province or cluster: summaries by development issue, budget type, agency and area, then one page per project',
  'pack.fiscalYear': 'Fiscal year',
  'pack.scope': 'Prepared for',
  'pack.scope.province': 'Province',
  'pack.scope.cluster': 'Cluster',
  'pack.province': 'Choose a province',
  'pack.cluster': 'Choose a cluster',
  'pack.amounts': 'Amounts shown',
  'pack.amounts.latest': 'Latest stage recorded',
  'pack.amounts.request': 'Budget request',
  'pack.thaiDigits': 'Thai digits in headings, dates and page numbers',
  'pack.thaiDigitsInTables': 'Thai digits in the figures of tables too',
  'pack.start': 'Produce the pack',
  'pack.chooseArea': 'Choose a province or a cluster',
  'pack.downloadPdf': 'Download PDF',
  'pack.downloadXlsx': 'Download Excel',
  'pack.total': '{count} projects, {amount} baht in all ({words})',
};
