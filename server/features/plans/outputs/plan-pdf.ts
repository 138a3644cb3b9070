import { htmlDocument } from '../../../platform/pdf/document.js';
import { html } from '../../../platform/pdf/html.js';
import { approvalsSection } from './pdf-approvals.js';
import { coverSection, developmentDataSection, visionSection } from './pdf-front.js';
import { issuesSection } from './pdf-issues.js';
import { projectListSection } from './pdf-projects.js';
import { titleLines, type PlanDocument, type PlanPdfOptions } from './plan-document.js';

const PLAN_CSS = `
ol.plain { list-style: none; padding-left: 0.6cm; }
td.sub { padding-left: 0.8cm; }
table.approvals { table-layout: fixed; }
table.projects th.no { width: 0.8cm; }
table.projects th.title { width: 34%; }
table.projects th.year { width: 10%; }
table.projects.narrow { font-size: 10pt; }
table.projects.narrow .detail { font-size: 9pt; }
.detail { font-size: 11pt; color: #333; }
.nowrap { white-space: nowrap; }
`;

/** The whole plan document as HTML, in the official Thai layout. */
export function planPdfHtml(document: PlanDocument, options: PlanPdfOptions): string {
  const body = html`${coverSection(document, options)}${visionSection(document, options)}${developmentDataSection(document, options)}${issuesSection(
    document,
    options,
  )}${projectListSection(document, options)}${approvalsSection(document, options)}`;
  return htmlDocument({ title: titleLines(document, options.thaiDigits).join(' '), body, css: PLAN_CSS });
}
