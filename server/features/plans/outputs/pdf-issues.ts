import type { IssueNode, KpiNode } from '../../../../domain/plans/tree.js';
import { html, multiline, type SafeHtml } from '../../../platform/pdf/html.js';
import { formatDecimal } from '../../../../domain/plans/outputs/format.js';
import { digits } from '../../../../domain/thai/digits.js';
import { evidenceTable } from './pdf-evidence.js';
import { areaName, periodOf, type PlanDocument, type PlanPdfOptions } from './plan-document.js';

function targetCells(kpi: KpiNode, areaCode: string | null, years: number[], figures: boolean): SafeHtml[] {
  return years.map((year) => {
    const target = kpi.targets.find((t) => t.fiscalYear === year && t.areaCode === areaCode);
    return html`<td class="num">${target ? formatDecimal(target.value, figures) : '-'}</td>`;
  });
}

function kpiRows(
  document: PlanDocument,
  kpi: KpiNode,
  label: string,
  years: number[],
  options: PlanPdfOptions,
): SafeHtml {
  const { thaiDigits: thai, thaiDigitsInTables: figures } = options;
  const baseline =
    kpi.baselineValue === null
      ? '-'
      : `${formatDecimal(kpi.baselineValue, figures)}${kpi.baselineYear === null ? '' : ` (${digits(String(kpi.baselineYear), thai)})`}`;
  const lower = kpi.direction === 'lower_is_better' ? html` <span class="muted">(ยิ่งน้อยยิ่งดี)</span>` : '';
  const areaCodes = [
    ...new Set(kpi.targets.map((t) => t.areaCode).filter((code): code is string => code !== null)),
  ];
  return html`<tr>
      <td>${digits(label, thai)} ${kpi.name}${lower}</td>
      <td class="center">${kpi.unit}</td>
      <td class="num">${baseline}</td>
      ${targetCells(kpi, null, years, figures)}
    </tr>
    ${areaCodes.map(
      (code) =>
        html`<tr>
          <td class="sub">– ${areaName(document, code)}</td>
          <td class="center">${kpi.unit}</td>
          <td></td>
          ${targetCells(kpi, code, years, figures)}
        </tr>`,
    )}`;
}

function kpiTable(
  document: PlanDocument,
  issue: IssueNode,
  issueNo: number,
  options: PlanPdfOptions,
): SafeHtml {
  const years = periodOf(document);
  const thai = options.thaiDigits;
  const kpiCount = issue.objectives.reduce((sum, objective) => sum + objective.kpis.length, 0);
  if (kpiCount === 0) {
    return html`<p class="muted">-</p>`;
  }
  return html`<table class="compact kpis">
    <thead>
      <tr>
        <th rowspan="2" style="width: 36%">ตัวชี้วัด</th>
        <th rowspan="2">หน่วยนับ</th>
        <th rowspan="2">ค่าฐาน (ปี)</th>
        <th colspan="${years.length}">ค่าเป้าหมาย ปี พ.ศ.</th>
      </tr>
      <tr>
        ${years.map((year) => html`<th>${digits(String(year), thai)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${issue.objectives.map(
        (objective, objectiveIndex) =>
          html`<tr class="group">
              <td colspan="${3 + years.length}">
                ${digits(`เป้าประสงค์ที่ ${issueNo}.${objectiveIndex + 1}`, thai)} ${objective.title}
              </td>
            </tr>
            ${objective.kpis.map((kpi, kpiIndex) =>
              kpiRows(document, kpi, `${issueNo}.${objectiveIndex + 1}.${kpiIndex + 1}`, years, options),
            )}`,
      )}
    </tbody>
  </table>`;
}

/** ส่วนที่ 3: each development issue with its objectives, KPI targets and approaches. */
export function issuesSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const thai = options.thaiDigits;
  const issues = document.tree.issues;
  return html`<section class="page-break">
    <h2>${digits('ส่วนที่ 3 ประเด็นการพัฒนา', thai)}</h2>
    ${issues.length === 0 ? html`<p class="muted">-</p>` : ''}
    ${issues.map((issue, index) => {
      const no = index + 1;
      return html`<div class="issue">
        <h3>${digits(`ประเด็นการพัฒนาที่ ${no}`, thai)} ${issue.title}</h3>
        ${issue.description ? html`<p class="indent">${multiline(issue.description)}</p>` : ''}
        <p class="bold">เป้าประสงค์</p>
        ${
          issue.objectives.length === 0
            ? html`<p class="muted">-</p>`
            : html`<ol class="plain">
                ${issue.objectives.map(
                  (objective, objectiveIndex) =>
                    html`<li>${digits(`${no}.${objectiveIndex + 1}`, thai)} ${objective.title}</li>`,
                )}
              </ol>`
        }
        <p class="bold">ตัวชี้วัดและค่าเป้าหมาย</p>
        ${kpiTable(document, issue, no, options)}
        <p class="bold">ข้อมูลหลักฐานจากตัวชี้วัดเชิงพื้นที่</p>
        ${evidenceTable(document.evidence?.[issue.id] ?? [], options)}
        <p class="bold">แนวทางการพัฒนา</p>
        ${
          issue.approaches.length === 0
            ? html`<p class="muted">-</p>`
            : html`<ol class="plain">
                ${issue.approaches.map(
                  (approach, approachIndex) =>
                    html`<li>
                      ${digits(`${no}.${approachIndex + 1}`, thai)}
                      ${approach.title}${
                        approach.description
                          ? html`<br /><span class="muted">${multiline(approach.description)}</span>`
                          : ''
                      }
                    </li>`,
                )}
              </ol>`
        }
      </div>`;
    })}
  </section>`;
}
