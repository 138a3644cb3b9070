import { sarabunFontFaces } from './fonts.js';
import { escapeHtml, type SafeHtml } from './html.js';

/**
 * Thai official look: Sarabun 16 pt body, bold headings, bordered tables whose rows never split.
 * Stacked Thai marks (นี้ ที่) reach 0.22 em above the line box; Chromium paints that ink on the
 * previous page when a line opens a page, so every text block carries 0.25 em of top padding that is
 * repeated on each page fragment (box-decoration-break: clone).
 */
export const BASE_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Sarabun', 'TH Sarabun New', 'Laksaman', sans-serif; font-size: 16pt; line-height: 1.4;
  color: #000; margin: 0; }
p, li, h1, h2, h3, h4, dt, dd, caption, blockquote { padding-top: 0.25em; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
h1 { font-size: 20pt; font-weight: 700; text-align: center; margin: 0 0 6pt; }
h2 { font-size: 18pt; font-weight: 700; margin: 10pt 0 2pt; break-after: avoid; }
h3 { font-size: 16pt; font-weight: 700; margin: 6pt 0 0; break-after: avoid; }
p { margin: 0 0 2pt; }
p.indent { text-indent: 2.5cm; }
ul, ol { margin: 0 0 4pt; padding-left: 1.2cm; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 14pt; line-height: 1.3; }
table.compact { font-size: 12pt; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 0.25em 4pt 2pt; vertical-align: top; }
th { font-weight: 700; text-align: center; vertical-align: middle; background: #f0f0f0; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.center, th.center { text-align: center; }
tr.total td { font-weight: 700; background: #f7f7f7; }
tr.total { break-before: avoid; page-break-before: avoid; }
tr.grand td { background: #e8e8e8; }
tr.group td { font-weight: 700; background: #e8eef7; }
tr.subgroup td { font-weight: 700; background: #f4f7fb; }
p.grand-total { font-weight: 700; margin-top: 6pt; break-before: avoid; page-break-before: avoid; }
.center { text-align: center; }
.right { text-align: right; }
.bold { font-weight: 700; }
.muted { color: #444; }
.page-break { break-before: page; page-break-before: always; }
@page landscape { size: A4 landscape; }
.landscape { page: landscape; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.cover { display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center;
  min-height: 24cm; }
.cover .title { font-size: 26pt; font-weight: 700; line-height: 1.5; }
.cover .subtitle { font-size: 20pt; font-weight: 700; line-height: 1.5; }
.cover .generated { margin-top: 3cm; font-size: 14pt; }
`;

export type HtmlDocumentOptions = {
  title: string;
  body: SafeHtml;
  /** Extra CSS the caller wrote itself (never user input). */
  css?: string;
  lang?: string;
};

/** A complete HTML page with the embedded Sarabun faces and the base CSS, ready for `renderPdf`. */
export function htmlDocument(options: HtmlDocumentOptions): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang ?? 'th')}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${sarabunFontFaces()}\n${BASE_CSS}\n${options.css ?? ''}</style>`,
    '</head>',
    `<body>${options.body.value}</body>`,
    '</html>',
  ].join('\n');
}
