import { packTitleLines, type PackDocument } from '../../../../domain/budget/pack-document.js';
import { formatThaiDate } from '../../../../domain/thai/be-date.js';
import { digits } from '../../../../domain/thai/digits.js';
import { htmlDocument } from '../../../platform/pdf/document.js';
import { html } from '../../../platform/pdf/html.js';
import { coverPage, type DigitStyle } from '../../../platform/pdf/layout.js';
import { projectPage } from './pack-project-html.js';
import { summarySection } from './pack-summary-html.js';

const PACK_CSS = `
table.summary { table-layout: fixed; }
table.facts { table-layout: fixed; font-size: 14pt; }
table.facts th.label { width: 30%; text-align: left; vertical-align: top; }
table.facts ul { margin: 0; padding-left: 0.6cm; }
`;

/** The whole explanation pack as HTML in the official Thai layout: cover, summaries, one page per project. */
export function packPdfHtml(document: PackDocument, style: DigitStyle): string {
  const lines = packTitleLines(document).map((line) => digits(line, style.thaiDigits));
  const asOf = `ข้อมูล ณ วันที่ ${formatThaiDate(document.generatedAt, { thaiDigits: style.thaiDigits })}`;
  const body = html`${coverPage(lines, { notes: [`(วงเงินตาม${document.stageLabel})`], asOf })}
  ${summarySection(document, style)}
  ${document.projects.map((project, index) =>
    projectPage(
      project,
      index,
      style,
      index === 0 ? digits('ส่วนที่ 2 รายละเอียดโครงการ', style.thaiDigits) : null,
    ),
  )}`;
  return htmlDocument({ title: lines.join(' '), body, css: PACK_CSS });
}
