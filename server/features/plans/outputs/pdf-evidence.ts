import { formatDecimal } from '../../../../domain/plans/outputs/format.js';
import type { Evidence } from '../../../../domain/indicators/evidence.js';
import { digits } from '../../../../domain/thai/digits.js';
import type { Queryable } from '../../../platform/db/client.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';

/**
 * How the plan PDF reads the indicator evidence each development issue cites, by issue id. The
 * registry hands it to plans from indicators' public.ts: indicators builds on plans (evidence cites
 * plan issues), so plans never imports indicators.
 */
export type IssueEvidenceReader = (
  tx: Queryable,
  issueIds: readonly string[],
) => Promise<Map<string, Evidence[]>>;

const LEVEL_PREFIX: Record<number, string> = { 2: 'จังหวัด', 4: 'อำเภอ', 6: 'ตำบล', 8: '' };

/** An area as documents write it; Bangkok's districts and subdistricts are เขต and แขวง. */
function areaLabel(row: Evidence): string {
  if (row.areaCode.startsWith('10') && row.areaCode.length > 2) {
    return `${row.areaCode.length === 4 ? 'เขต' : 'แขวง'}${row.areaNameTh}`;
  }
  return `${LEVEL_PREFIX[row.areaCode.length] ?? ''}${row.areaNameTh}`;
}

const figure = (value: number | null, thai: boolean) =>
  value === null ? '-' : formatDecimal(String(value), thai);

/**
 * The evidence table of a development issue for the plan PDF: each cited indicator with its area,
 * survey year, figure (and for a ratio the counts behind it) and the province's target.
 */
export function evidenceTable(
  rows: readonly Evidence[],
  options: { thaiDigits: boolean; thaiDigitsInTables: boolean },
): SafeHtml {
  if (rows.length === 0) {
    return html`<p class="muted">-</p>`;
  }
  const thai = options.thaiDigitsInTables;
  return html`<table class="compact evidence">
    <thead>
      <tr>
        <th style="width: 36%">ตัวชี้วัด</th>
        <th>พื้นที่</th>
        <th>ปี พ.ศ.</th>
        <th>ค่า</th>
        <th>หน่วยนับ</th>
        <th>ค่าเป้าหมาย</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.nameTh}</td>
            <td>${areaLabel(row)}</td>
            <td class="center">${digits(String(row.year), thai)}</td>
            <td class="num">
              ${figure(row.value, thai)}${
                row.numerator !== null && row.denominator !== null
                  ? html`<br /><span class="muted"
                        >(${figure(row.numerator, thai)}/${figure(row.denominator, thai)})</span
                      >`
                  : ''
              }
            </td>
            <td class="center">${row.unitTh}</td>
            <td class="num">${figure(row.target, thai)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
