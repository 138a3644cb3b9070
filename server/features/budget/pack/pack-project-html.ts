import type { PackProjectPage } from '../../../../domain/budget/pack-document.js';
import { digits } from '../../../../domain/thai/digits.js';
import { html, multiline, type SafeHtml } from '../../../platform/pdf/html.js';
import { dataTable, grandTotalLine, type DigitStyle, moneyCell } from '../../../platform/pdf/layout.js';

const dash = (text: string | null | undefined) => (text && text.trim() !== '' ? text : '-');

function list(items: readonly string[]): SafeHtml {
  return items.length === 0
    ? html`-`
    : html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
}

function facts(project: PackProjectPage): SafeHtml {
  const alignment = [
    ...(project.alignment.primary ? [`เป้าหมายหลัก (Y1): ${project.alignment.primary}`] : []),
    ...project.alignment.others,
  ];
  const outputs = project.outputs.map(
    (output) => `${output.kindLabel}: ${output.description} ${output.target}`,
  );
  const rows: [string, SafeHtml | string][] = [
    ['หน่วยงานรับผิดชอบ', project.agencyName],
    ['ประเภทงบรายจ่าย / หมวด', `${project.budgetTypeLabel} / ${project.categoryLabel}`],
    ['ประเด็นการพัฒนา', dash(project.issueTitle)],
    ['แนวทางการพัฒนา', dash(project.approachTitle)],
    ['ตัวชี้วัด', list(project.kpis)],
    ['ความสอดคล้องกับแผนระดับชาติ', list(alignment)],
    ['วัตถุประสงค์', multiline(dash(project.objective))],
    ['ผลผลิต / ผลลัพธ์', list(outputs)],
    ['กลุ่มเป้าหมาย / ผู้ได้รับประโยชน์', dash(project.beneficiaries)],
    ['สถานที่ดำเนินการ', list(project.locations)],
  ];
  return html`<table class="facts">
    <tbody>
      ${rows.map(
        ([label, value]) =>
          html`<tr>
            <th class="label">${label}</th>
            <td>${value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function readiness(project: PackProjectPage, thai: boolean): SafeHtml {
  return dataTable({
    className: 'compact',
    widths: [52, 28, 20],
    head: html`<tr>
      <th>รายการความพร้อม</th>
      <th>สถานะ</th>
      <th>เอกสารหลักฐาน</th>
    </tr>`,
    rows: project.readiness.map(
      (item) =>
        html`<tr>
          <td>${item.label}</td>
          <td class="center${item.ready ? '' : ' bold'}">${item.statusLabel}</td>
          <td class="center">
            ${item.evidenceCount === 0 ? '-' : digits(`${item.evidenceCount} ไฟล์`, thai)}
          </td>
        </tr>`,
    ),
  });
}

function budget(project: PackProjectPage, thai: boolean): SafeHtml {
  const lineTotal = project.budgetLines.reduce((sum, line) => sum + line.amountSatang, 0n);
  return html`${dataTable({
    className: 'compact',
    widths: [8, 52, 18, 22],
    head: html`<tr>
      <th>ที่</th>
      <th>รายการ</th>
      <th>จำนวน</th>
      <th>งบประมาณ (บาท)</th>
    </tr>`,
    rows: project.budgetLines.map(
      (line, index) =>
        html`<tr>
          <td class="center">${digits(String(index + 1), thai)}</td>
          <td>${line.description}</td>
          <td class="center">${digits(dash(line.quantity), thai)}</td>
          ${moneyCell(line.amountSatang, thai)}
        </tr>`,
    ),
    grandTotal: html`<td colspan="3" class="right">รวม</td>
      ${moneyCell(lineTotal, thai)}`,
  })}
  ${
    project.schedule.length > 1
      ? html`<p class="bold">แผนการใช้จ่ายงบประมาณรายปี (ผูกพันข้ามปี)</p>
          ${dataTable({
            className: 'compact',
            head: html`<tr>
              ${project.schedule.map((year) => html`<th>${digits(`พ.ศ. ${year.fiscalYear}`, thai)}</th>`)}
            </tr>`,
            rows: html`<tr>
              ${project.schedule.map((year) => moneyCell(year.amountSatang, thai))}
            </tr>`,
          })}`
      : ''
  }`;
}

function stages(project: PackProjectPage, thai: boolean): SafeHtml {
  if (project.stages.length === 0) {
    return html`<p class="muted">ยังไม่มีการบันทึกวงเงินตามขั้นตอนงบประมาณ</p>`;
  }
  return dataTable({
    className: 'compact',
    widths: [30, 22, 20, 28],
    head: html`<tr>
      <th>ขั้นตอน</th>
      <th>วงเงิน (บาท)</th>
      <th>ปรับลด (บาท)</th>
      <th>เหตุผล</th>
    </tr>`,
    rows: project.stages.map(
      (stage) =>
        html`<tr>
          <td>${stage.label}</td>
          ${moneyCell(stage.amountSatang, thai)} ${moneyCell(stage.cutSatang, thai)}
          <td>${dash(stage.reason)}</td>
        </tr>`,
    ),
  });
}

/**
 * One project on its own page: facts, readiness, budget breakdown and stages, the amount in words.
 * The first page also carries the part heading (ส่วนที่ 2).
 */
export function projectPage(
  project: PackProjectPage,
  index: number,
  style: DigitStyle,
  partHeading: string | null,
): SafeHtml {
  const thai = style.thaiDigitsInTables;
  return html`<section class="page-break project">
    ${partHeading === null ? '' : html`<h2 class="part">${partHeading}</h2>`}
    <h2>${digits(`โครงการที่ ${index + 1}`, style.thaiDigits)} ${project.title}</h2>
    <p class="muted">รหัสโครงการ ${digits(project.code, style.thaiDigits)}</p>
    ${facts(project)}
    <h3>ความพร้อมของโครงการ</h3>
    ${readiness(project, thai)}
    <h3>รายละเอียดงบประมาณ</h3>
    ${budget(project, thai)}
    <h3>วงเงินตามขั้นตอนงบประมาณ</h3>
    ${stages(project, thai)} ${grandTotalLine('งบประมาณที่นำเสนอ', project.amountSatang, style.thaiDigits)}
  </section>`;
}
