import type { PackDocument } from '../../../../domain/budget/pack-document.js';
import type { PackSummaryRow, PackSummaryTable } from '../../../../domain/budget/pack-summary.js';
import { digits } from '../../../../domain/thai/digits.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import { dataTable, grandTotalLine, type DigitStyle, moneyCell } from '../../../platform/pdf/layout.js';

const TABLES = [
  ['byIssue', 'ตารางที่ 1 สรุปงบประมาณจำแนกตามประเด็นการพัฒนา', 'ประเด็นการพัฒนา'],
  ['byBudgetType', 'ตารางที่ 2 สรุปงบประมาณจำแนกตามประเภทงบรายจ่าย', 'ประเภทงบรายจ่าย'],
  ['byAgency', 'ตารางที่ 3 สรุปงบประมาณจำแนกตามหน่วยงานรับผิดชอบ', 'หน่วยงานรับผิดชอบ'],
  ['byArea', 'ตารางที่ 4 สรุปงบประมาณจำแนกตามพื้นที่ (จังหวัด)', 'จังหวัด'],
] as const;

function cells(row: PackSummaryRow, thai: boolean): SafeHtml {
  return html`<td class="num">${digits(String(row.projectCount), thai)}</td>
    ${row.byBudgetType.map((amount) => moneyCell(amount, thai))} ${moneyCell(row.total, thai)}
    <td class="num">${digits(row.percent, thai)}</td>`;
}

function summaryTable(document: PackDocument, table: PackSummaryTable, groupHeader: string, thai: boolean) {
  const types = document.summary.budgetTypes;
  const moneyWidth = 60 / (types.length + 1);
  return dataTable({
    className: 'compact summary',
    widths: [4, 24, 6, ...types.map(() => moneyWidth), moneyWidth, 6],
    head: html`<tr>
        <th rowspan="2">ที่</th>
        <th rowspan="2">${groupHeader}</th>
        <th rowspan="2">จำนวนโครงการ</th>
        <th colspan="${types.length + 1}">งบประมาณ (บาท)</th>
        <th rowspan="2">ร้อยละ</th>
      </tr>
      <tr>
        ${types.map((type) => html`<th>${type.label}</th>`)}
        <th>รวม</th>
      </tr>`,
    rows: table.rows.map(
      (row, index) =>
        html`<tr>
          <td class="center">${digits(String(index + 1), thai)}</td>
          <td>${row.label}</td>
          ${cells(row, thai)}
        </tr>`,
    ),
    grandTotal: html`<td colspan="2" class="right">${table.totals.label}</td>
      ${cells(table.totals, thai)}`,
  });
}

/**
 * ส่วนที่ 1: the four summary tables on landscape pages, each ending in its totals row, then the
 * grand total in figures and words.
 */
export function summarySection(document: PackDocument, style: DigitStyle): SafeHtml {
  const thai = style.thaiDigitsInTables;
  return html`<section class="page-break landscape">
    <h2>${digits('ส่วนที่ 1 สรุปงบประมาณ', style.thaiDigits)}</h2>
    <p class="right muted">
      ${digits(`จำนวน ${document.summary.projectCount} โครงการ`, style.thaiDigits)} หน่วย: บาท
    </p>
    ${TABLES.map(
      ([key, title, groupHeader]) =>
        html`<h3>${digits(title, style.thaiDigits)}</h3>
          ${summaryTable(document, document.summary[key], groupHeader, thai)}`,
    )}
    ${grandTotalLine('รวมงบประมาณทั้งสิ้น', document.summary.grandTotal, style.thaiDigits)}
  </section>`;
}
