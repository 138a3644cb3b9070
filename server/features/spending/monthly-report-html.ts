import { TARGET_CLASS_LABELS } from '../../../domain/spending/budget-class.js';
import { reportMonthName, type MonthlyReport } from '../../../domain/spending/monthly-report.js';
import { SPENDING_STATUS_LABELS } from '../../../domain/spending/status.js';
import { formatFiscalYear, formatThaiDate } from '../../../domain/thai/be-date.js';
import { digits } from '../../../domain/thai/digits.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html } from '../../platform/pdf/html.js';
import { dataTable, grandTotalLine, moneyCell, type DigitStyle } from '../../platform/pdf/layout.js';

const REPORT_CSS = `
body { font-size: 14pt; line-height: 1.3; }
table { table-layout: fixed; font-size: 12pt; margin: 2pt 0 6pt; }
table.warnings { font-size: 11pt; }
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 15pt; margin: 6pt 0 0; }
p.subtitle { text-align: center; font-weight: 700; margin: 0; }
`;

const percent = (value: number | null, thai: boolean) =>
  value === null ? '-' : digits(value.toFixed(2), thai);
const points = (value: number | null, thai: boolean) =>
  value === null ? '-' : digits(`${value > 0 ? '+' : ''}${value.toFixed(2)}`, thai);

/** The one-page monthly province report in the official Thai layout (Sarabun, figures in tables). */
export function monthlyReportHtml(report: MonthlyReport, style: DigitStyle): string {
  const thai = style.thaiDigitsInTables;
  const heading = (text: string) => digits(text, style.thaiDigits);
  const month =
    report.throughMonth > 0 ? reportMonthName(report.fiscalYear, report.throughMonth) : 'ยังไม่มีการรายงาน';
  const title = heading('รายงานผลการเบิกจ่ายงบประมาณ');
  const overall = report.classes.find((row) => row.budgetClass === 'overall');
  const classTable = dataTable({
    widths: [22, 20, 20, 12, 13, 13],
    head: html`<tr>
      <th>ประเภทรายจ่าย</th>
      <th>วงเงินตามแผน (บาท)</th>
      <th>เบิกจ่ายสะสม (บาท)</th>
      <th>ร้อยละ</th>
      <th>เป้าหมาย ครม.</th>
      <th>ต่างจากเป้า (จุด)</th>
    </tr>`,
    rows: report.classes.map(
      (row) =>
        html`<tr>
          <td>${TARGET_CLASS_LABELS[row.budgetClass].th}</td>
          ${moneyCell(row.allocationSatang, thai)} ${moneyCell(row.disbursedSatang, thai)}
          <td class="num">${percent(row.disbursedPct, thai)}</td>
          <td class="num">${percent(row.targetPct, thai)}</td>
          <td class="num">${points(row.gapPoints, thai)}</td>
        </tr>`,
    ),
  });
  const warningTable = dataTable({
    className: 'warnings',
    widths: [16, 50, 12, 11, 11],
    head: html`<tr>
      <th>รหัสโครงการ</th>
      <th>โครงการ</th>
      <th>สถานะ</th>
      <th>แผนสะสม (%)</th>
      <th>เบิกจ่าย (%)</th>
    </tr>`,
    rows: report.warnings.map(
      (warning) =>
        html`<tr>
          <td>${warning.code}</td>
          <td>${warning.title}</td>
          <td class="center">${SPENDING_STATUS_LABELS[warning.status].th}</td>
          <td class="num">${percent(warning.planPct, thai)}</td>
          <td class="num">${percent(warning.actualPct, thai)}</td>
        </tr>`,
    ),
  });
  const body = html`<h1>${title}</h1>
    <p class="subtitle">${heading(`ประจำเดือน${month}`)}</p>
    <p class="subtitle">${heading(`จังหวัด${report.provinceName} ${formatFiscalYear(report.fiscalYear)}`)}</p>
    <h2>${heading('1. ผลการเบิกจ่ายสะสมเทียบเป้าหมายของคณะรัฐมนตรี')}</h2>
    ${classTable} ${grandTotalLine('เบิกจ่ายสะสมภาพรวม', overall?.disbursedSatang ?? 0n, style.thaiDigits)}
    <p>
      ${heading(
        `เบิกจ่ายเงินกันไว้เบิกเหลื่อมปี ${formatBaht(report.carryOverDisbursedSatang)} บาท (ไม่นับรวมในผลการเบิกจ่ายของปีงบประมาณนี้)`,
      )}
    </p>
    <h2>${heading(`2. โครงการที่ต้องเร่งรัด (${report.warnings.length + report.moreWarnings} โครงการ)`)}</h2>
    ${report.warnings.length > 0 ? warningTable : html`<p>ไม่มีโครงการล่าช้าหรือเสี่ยง</p>`}
    ${
      report.moreWarnings > 0
        ? html`<p class="muted">${heading(`และอีก ${report.moreWarnings} โครงการ (ดูรายการทั้งหมดในระบบ)`)}</p>`
        : ''
    }
    <p class="muted">
      ${heading(`ข้อมูล ณ วันที่ ${formatThaiDate(report.generatedAt, { thaiDigits: style.thaiDigits })}`)}
    </p>`;
  return htmlDocument({ title, body, css: REPORT_CSS });
}
