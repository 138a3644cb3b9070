import { FUNDING_SOURCE_LABELS } from '../../../../domain/plans/plan.js';
import { digits } from '../../../../domain/thai/digits.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import { dataTable, grandTotalLine, moneyCell } from '../../../platform/pdf/layout.js';
import {
  budgetBreakdown,
  type BudgetBreakdown,
  type BudgetItem,
  type YearAmounts,
} from '../../../../domain/plans/outputs/budget-totals.js';
import { agencyOf, areaName, periodOf, type PlanDocument, type PlanPdfOptions } from './plan-document.js';

function moneyCells(amounts: YearAmounts, figures: boolean): SafeHtml {
  return html`${amounts.perYear.map((amount) => moneyCell(amount, figures))}${moneyCell(amounts.total, figures)}`;
}

function itemCell(document: PlanDocument, item: BudgetItem): SafeHtml {
  const areas = item.areaCodes.map((code) => areaName(document, code)).join(', ');
  const agency = agencyOf(document, item);
  return html`<td>
    ${item.title} ${areas ? html`<br /><span class="detail">พื้นที่: ${areas}</span>` : ''}
    ${agency ? html`<br /><span class="detail">หน่วยงาน: ${agency}</span>` : ''} <br /><span class="detail"
      >แหล่งงบประมาณ: ${FUNDING_SOURCE_LABELS[item.fundingSource].th}</span
    >
  </td>`;
}

type IssueRow = BudgetBreakdown['issues'][number];

/** One issue's rows: its heading row, each approach with its items and total, the issue total. */
function issueRows(
  document: PlanDocument,
  issueRow: IssueRow,
  issueIndex: number,
  columns: number,
  options: PlanPdfOptions,
) {
  const { thaiDigits: thai, thaiDigitsInTables: figures } = options;
  return html`<tr class="group">
      <td colspan="${columns + 1}">
        ${digits(`ประเด็นการพัฒนาที่ ${issueIndex + 1}`, thai)} ${issueRow.issue.title}
      </td>
    </tr>
    ${issueRow.approaches.map(
      (approachRow, approachIndex) =>
        html`<tr class="subgroup">
            <td colspan="${columns + 1}">
              ${digits(`แนวทางการพัฒนาที่ ${issueIndex + 1}.${approachIndex + 1}`, thai)}
              ${approachRow.approach.title}
            </td>
          </tr>
          ${approachRow.items.map(
            ({ item, amounts }, itemIndex) =>
              html`<tr>
                <td class="center">${digits(String(itemIndex + 1), thai)}</td>
                ${itemCell(document, item)} ${moneyCells(amounts, figures)}
              </tr>`,
          )}
          <tr class="total">
            <td colspan="2" class="right">
              ${digits(`รวมแนวทางการพัฒนาที่ ${issueIndex + 1}.${approachIndex + 1}`, thai)}
            </td>
            ${moneyCells(approachRow.amounts, figures)}
          </tr>`,
    )}
    <tr class="total">
      <td colspan="2" class="right">${digits(`รวมประเด็นการพัฒนาที่ ${issueIndex + 1}`, thai)}</td>
      ${moneyCells(issueRow.amounts, figures)}
    </tr>`;
}

/**
 * ส่วนที่ 4: the project-set list (บัญชีรายการชุดโครงการ) by issue and approach with the budget of
 * each fiscal year, totals per item, approach, issue and plan, and the grand total in words.
 */
export function projectListSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const years = periodOf(document);
  const figures = options.thaiDigitsInTables;
  const breakdown = budgetBreakdown(document.tree.issues, years);
  const columns = 2 + years.length;
  return html`<section class="page-break ${options.landscapeProjectList ? 'landscape' : ''}">
    <h2>${digits('ส่วนที่ 4 บัญชีรายการชุดโครงการ', options.thaiDigits)}</h2>
    <p class="right muted">หน่วย: บาท</p>
    ${dataTable({
      className: `compact projects ${options.landscapeProjectList ? '' : 'narrow'}`,
      head: html`<tr>
          <th rowspan="2" class="no">ที่</th>
          <th rowspan="2" class="title">ชุดโครงการ / โครงการ<br />(พื้นที่ หน่วยงานรับผิดชอบ แหล่งงบประมาณ)</th>
          <th colspan="${years.length + 1}">งบประมาณ (บาท) ปี พ.ศ.</th>
        </tr>
        <tr>
          ${years.map((year) => html`<th class="year">${digits(String(year), options.thaiDigits)}</th>`)}
          <th class="year">รวม</th>
        </tr>`,
      rows: breakdown.issues.map((issueRow, issueIndex) =>
        issueRows(document, issueRow, issueIndex, columns, options),
      ),
      grandTotal: html`<td colspan="2" class="right">รวมทั้งสิ้น</td>
        ${moneyCells(breakdown.amounts, figures)}`,
    })}
    ${grandTotalLine('รวมงบประมาณทั้งสิ้น', breakdown.amounts.total, figures)}
  </section>`;
}
