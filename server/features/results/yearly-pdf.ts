import type { Actor } from '../../../domain/auth/policy.js';
import { PROGRESS_STATUS_LABELS } from '../../../domain/results/progress.js';
import { formatThaiDate } from '../../../domain/thai/be-date.js';
import { digits } from '../../../domain/thai/digits.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html } from '../../platform/pdf/html.js';
import { dataTable, grandTotalLine, moneyCell } from '../../platform/pdf/layout.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { loadYearlyResults, percentText, verdictOf, type YearlyResults } from './yearly-data.js';

/** Headings, numbering and dates in Thai digits; figures in tables in Arabic, as budget tables are. */
const THAI = true;

const kpiTable = (report: YearlyResults) =>
  dataTable({
    className: 'compact',
    widths: [6, 36, 10, 12, 12, 10, 14],
    head: html`<tr>
      <th>ที่</th>
      <th>ตัวชี้วัด</th>
      <th>หน่วยนับ</th>
      <th>ค่าเป้าหมาย</th>
      <th>ผลการดำเนินงาน</th>
      <th>ร้อยละของเป้าหมาย</th>
      <th>ผลการประเมิน</th>
    </tr>`,
    rows: report.kpis.map(
      (row, index) =>
        html`<tr>
          <td class="center">${digits(String(index + 1), THAI)}</td>
          <td>${row.name}</td>
          <td class="center">${row.unit}</td>
          <td class="num">${row.target}</td>
          <td class="num">${row.actual ?? '-'}</td>
          <td class="num">${percentText(row) || '-'}</td>
          <td class="center">${verdictOf(row)}</td>
        </tr>`,
    ),
  });

const projectTable = (report: YearlyResults) =>
  dataTable({
    className: 'compact',
    widths: [6, 16, 34, 16, 8, 8, 12],
    head: html`<tr>
      <th>ที่</th>
      <th>รหัสโครงการ</th>
      <th>ชื่อโครงการ</th>
      <th>งบประมาณ (บาท)</th>
      <th>ไตรมาสล่าสุด</th>
      <th>ความก้าวหน้า (%)</th>
      <th>สถานะ</th>
    </tr>`,
    rows: report.projects.map(
      ({ project, latest }, index) =>
        html`<tr>
          <td class="center">${digits(String(index + 1), THAI)}</td>
          <td>${project.code}</td>
          <td>${project.title}</td>
          ${moneyCell(BigInt(project.totalSatang), false)}
          <td class="center">${latest ? String(latest.quarter) : '-'}</td>
          <td class="num">${latest ? String(latest.physicalPercent) : '-'}</td>
          <td class="center">${latest ? PROGRESS_STATUS_LABELS[latest.status].th : 'ยังไม่รายงาน'}</td>
        </tr>`,
    ),
  });

/** The yearly results report of a province as HTML in the official Thai layout (Sarabun, B.E. dates). */
export function yearlyResultsHtml(report: YearlyResults, generatedAt: Date): string {
  const title = `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ.\u00a0${report.fiscalYear}`;
  const reported = report.kpis.filter((row) => row.achieved !== null);
  const achieved = reported.filter((row) => row.achieved).length;
  const total = report.projects.reduce((sum, { project }) => sum + BigInt(project.totalSatang), 0n);
  const body = html`<h1>${digits(title, THAI)}</h1>
    <h1>${`จังหวัด${report.provinceName}`}</h1>
    <p class="center muted">${`ข้อมูล ณ วันที่ ${formatThaiDate(generatedAt, { thaiDigits: THAI })}`}</p>
    <h2>${digits('ส่วนที่ 1 ผลการดำเนินงานตามตัวชี้วัดของแผนพัฒนาจังหวัด', THAI)}</h2>
    <p class="indent">
      ${digits(
        `รายงานผลแล้ว ${reported.length} จาก ${report.kpis.length} ตัวชี้วัด บรรลุค่าเป้าหมาย ${achieved} ตัวชี้วัด ไม่บรรลุ ${reported.length - achieved} ตัวชี้วัด`,
        THAI,
      )}
    </p>
    ${kpiTable(report)}
    <h2>${digits('ส่วนที่ 2 ผลการดำเนินงานโครงการ', THAI)}</h2>
    <p class="indent">${digits(`จำนวน ${report.projects.length} โครงการ`, THAI)}</p>
    ${projectTable(report)} ${grandTotalLine('รวมงบประมาณทั้งสิ้น', total, THAI)}`;
  return htmlDocument({ title: `${title} จังหวัด${report.provinceName}`, body });
}

/** GET …/yearly-report/pdf: the same report as the workbook, as an A4 PDF numbered in Thai digits. */
export async function yearlyResultsPdf(
  deps: DatabaseDeps,
  actor: Actor,
  provinceCode: string,
  fiscalYear: number,
): Promise<Buffer> {
  const report = await loadYearlyResults(deps, actor, provinceCode, fiscalYear);
  return renderPdf(yearlyResultsHtml(report, new Date()), { pageNumbers: 'thai' });
}
