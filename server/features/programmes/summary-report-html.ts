import type { SummaryReport } from '../../../domain/programmes/summary-report.js';
import { formatThaiDate } from '../../../domain/thai/be-date.js';
import { digits } from '../../../domain/thai/digits.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html } from '../../platform/pdf/html.js';
import { dataTable } from '../../platform/pdf/layout.js';

const REPORT_CSS = `
table { table-layout: fixed; font-size: 13pt; }
p.subtitle { text-align: center; font-weight: 700; margin: 0; }
p.demo { text-align: center; color: #a00; }
`;

const count = new Intl.NumberFormat('en-US');
const figure = (value: number | null) => (value === null ? '-' : count.format(value));
const percent = (value: number | null) => (value === null ? '-' : value.toFixed(1));
const thaiDay = (iso: string) => formatThaiDate(new Date(`${iso}T12:00:00+07:00`), { thaiDigits: true });
const heading = (text: string) => digits(text, true);

function indicatorTable(report: SummaryReport) {
  const groups = [...new Set(report.totals.map((total) => total.componentTitle))];
  return dataTable({
    widths: [46, 12, 14, 16, 12],
    head: html`<tr>
      <th>โครงการ / ตัวชี้วัด</th>
      <th>หน่วยนับ</th>
      <th>เป้าหมาย</th>
      <th>ผลการดำเนินงาน</th>
      <th>ร้อยละ</th>
    </tr>`,
    rows: groups.map(
      (group) =>
        html`<tr class="group">
            <td colspan="5">${group}</td>
          </tr>
          ${report.totals
            .filter((total) => total.componentTitle === group)
            .map(
              (total) =>
                html`<tr>
                  <td>${total.name}</td>
                  <td class="center">${total.unit}</td>
                  <td class="num">${figure(total.target)}</td>
                  <td class="num">${figure(total.actual)}</td>
                  <td class="num">${percent(total.percent)}</td>
                </tr>`,
            )}`,
    ),
  });
}

function provinceTable(rows: SummaryReport['provinces'], withRank: boolean) {
  return dataTable({
    widths: withRank ? [10, 34, 18, 18, 20] : [40, 20, 20, 20],
    head: html`<tr>
      ${withRank ? html`<th>อันดับ</th>` : ''}
      <th>จังหวัด</th>
      <th>คะแนนเฉลี่ย (ร้อยละ)</th>
      <th>รายงานแล้ว (รอบ)</th>
      <th>รอบที่ค้างรายงาน</th>
    </tr>`,
    rows: rows.map(
      (row) =>
        html`<tr>
          ${withRank ? html`<td class="center">${row.rank ?? '-'}</td>` : ''}
          <td>${row.provinceName}</td>
          <td class="num">${percent(row.score)}</td>
          <td class="num">${row.reportedPeriods}</td>
          <td class="center">${row.overduePeriods.join(', ') || '-'}</td>
        </tr>`,
    ),
  });
}

function periodTable(report: SummaryReport) {
  const period = (index: number) => report.programme.periods.find((item) => item.index === index);
  return dataTable({
    widths: [12, 34, 18, 36],
    head: html`<tr>
      <th>รอบที่</th>
      <th>ช่วงเวลา</th>
      <th>ภาพถ่าย (ภาพ)</th>
      <th>หมายเหตุ</th>
    </tr>`,
    rows: report.reports.map((entry) => {
      const span = period(entry.periodIndex);
      return html`<tr>
        <td class="center">${entry.periodIndex}</td>
        <td>${span ? `${thaiDay(span.start)} - ${thaiDay(span.end)}` : '-'}</td>
        <td class="num">${entry.photos.length}</td>
        <td>${entry.note ?? '-'}</td>
      </tr>`;
    }),
  });
}

/** A programme's summary in the Thai official layout, for one province or the reader's whole view. */
export function summaryReportHtml(report: SummaryReport): string {
  const title = `รายงานสรุปผลการดำเนินงาน${report.programme.titleTh}`;
  const where = report.province ? `จังหวัด${report.province.name}` : 'ภาพรวมทุกจังหวัด';
  const late = report.lateReporters;
  const body = html`<h1>รายงานสรุปผลการดำเนินงาน</h1>
    <p class="subtitle">${report.programme.titleTh}</p>
    <p class="subtitle">${where}</p>
    <p class="subtitle">${heading(`ข้อมูล ณ วันที่ ${thaiDay(report.asOf)}`)}</p>
    ${report.programme.isDemo ? html`<p class="demo">ข้อมูลตัวอย่าง</p>` : ''}
    <h2>${heading('1. ผลการดำเนินงานเทียบเป้าหมาย')}</h2>
    ${indicatorTable(report)}
    <h2>${heading(report.province ? '2. สรุปการรายงานผล' : '2. ผลการดำเนินงานรายจังหวัด')}</h2>
    ${provinceTable(report.provinces, report.province === null)}
    ${
      report.province
        ? html`<h2>${heading('3. รายงานผลรายรอบ')}</h2>
            ${report.reports.length > 0 ? periodTable(report) : html`<p>ยังไม่มีการรายงานผล</p>`}`
        : html`<h2>${heading(`3. จังหวัดที่รายงานล่าช้า (${late.length} จังหวัด)`)}</h2>
            ${late.length > 0 ? provinceTable(late, false) : html`<p>ไม่มีจังหวัดที่รายงานล่าช้า</p>`}`
    }`;
  return htmlDocument({ title, body, css: REPORT_CSS });
}
