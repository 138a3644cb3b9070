import { planStatusLabel } from '../../../../domain/plans/plan.js';
import { formatThaiDate } from '../../../../domain/thai/be-date.js';
import { digits } from '../../../../domain/thai/digits.js';
import { formatDecimal } from '../../../../domain/plans/outputs/format.js';
import { html, multiline, type SafeHtml } from '../../../platform/pdf/html.js';
import { coverPage } from '../../../platform/pdf/layout.js';
import { titleLines, type PlanDocument, type PlanPdfOptions } from './plan-document.js';

/** The cover: title, period, review year, status and the date the document was produced. */
export function coverSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const status = document.tree.version.status;
  return coverPage(titleLines(document, options.thaiDigits), {
    notes: status === 'published' ? [] : [`(${planStatusLabel(status, document.tree.plan.scope).th})`],
    asOf: `ข้อมูล ณ วันที่ ${formatThaiDate(document.generatedAt, { thaiDigits: options.thaiDigits })}`,
  });
}

function textBlock(text: string | null): SafeHtml {
  if (!text || text.trim() === '') {
    return html`<p class="muted">-</p>`;
  }
  return html`${text
    .split(/\n{2,}/)
    .map((paragraph) => html`<p class="indent">${multiline(paragraph.trim())}</p>`)}`;
}

/** ส่วนที่ 1: vision and development goal. */
export function visionSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const { version } = document.tree;
  return html`<section class="page-break">
    <h2>${digits('ส่วนที่ 1 วิสัยทัศน์และเป้าหมายการพัฒนา', options.thaiDigits)}</h2>
    <h3>วิสัยทัศน์</h3>
    ${textBlock(version.vision)}
    <h3>เป้าหมายการพัฒนา</h3>
    ${textBlock(version.developmentGoal)}
  </section>`;
}

const SWOT_PARTS = [
  ['strengths', 'จุดแข็ง (Strengths)'],
  ['weaknesses', 'จุดอ่อน (Weaknesses)'],
  ['opportunities', 'โอกาส (Opportunities)'],
  ['threats', 'ภัยคุกคาม (Threats)'],
] as const;

/** ส่วนที่ 2: potential, SWOT and key figures. */
export function developmentDataSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const { swot, keyFigures, areaPotential } = document.tree.version;
  const inFigures = options.thaiDigitsInTables;
  const swotCell = (part: (typeof SWOT_PARTS)[number]) => {
    const entries = swot[part[0]];
    return html`<td>
      <p class="bold">${part[1]}</p>
      ${
        entries.length > 0
          ? html`<ul>
              ${entries.map((entry) => html`<li>${entry}</li>`)}
            </ul>`
          : html`<p class="muted">-</p>`
      }
    </td>`;
  };
  const figures =
    keyFigures.length === 0
      ? html`<p class="muted">-</p>`
      : html`<table>
          <thead>
            <tr>
              <th>ข้อมูล</th>
              <th>ค่า</th>
              <th>หน่วย</th>
              <th>ปี</th>
              <th>แหล่งข้อมูล</th>
            </tr>
          </thead>
          <tbody>
            ${keyFigures.map(
              (figure) =>
                html`<tr>
                  <td>${figure.label}</td>
                  <td class="num">${formatDecimal(figure.value, inFigures)}</td>
                  <td>${figure.unit ?? ''}</td>
                  <td class="center">
                    ${figure.year === null ? '' : digits(String(figure.year), options.thaiDigits)}
                  </td>
                  <td>${figure.source ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  return html`<section class="page-break">
    <h2>${digits('ส่วนที่ 2 ข้อมูลการพัฒนา', options.thaiDigits)}</h2>
    <h3>ศักยภาพของพื้นที่</h3>
    ${textBlock(areaPotential)}
    <h3>การวิเคราะห์สภาวะแวดล้อม (SWOT)</h3>
    <table class="swot">
      <tbody>
        <tr>
          ${swotCell(SWOT_PARTS[0])}${swotCell(SWOT_PARTS[1])}
        </tr>
        <tr>
          ${swotCell(SWOT_PARTS[2])}${swotCell(SWOT_PARTS[3])}
        </tr>
      </tbody>
    </table>
    <h3>ข้อมูลสำคัญ</h3>
    ${figures}
  </section>`;
}
