import { bahtText } from '../../../domain/thai/baht-text.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';

/**
 * The digit style of an official document: Thai digits (๑๒๓) in headings, numbering, dates and page
 * numbers; the figures inside tables separately, since budget tables usually keep Arabic digits.
 * The plan PDF reads `thaiDigitsInTables` as "quantities" (amounts, values) wherever they stand, so an
 * amount never appears in both styles; numbering and years inside its tables follow `thaiDigits`.
 */
export type DigitStyle = {
  thaiDigits: boolean;
  thaiDigitsInTables: boolean;
};

/**
 * A cover page centred on the paper: the first line as the title, the rest as subtitles, small notes
 * (a status) and, set apart below, the line saying when the data was taken.
 */
export function coverPage(
  lines: readonly string[],
  footer: { notes?: readonly string[]; asOf: string },
): SafeHtml {
  const [title, ...rest] = lines;
  return html`<section class="cover">
    <p class="title">${title}</p>
    ${rest.map((line) => html`<p class="subtitle">${line}</p>`)}
    ${(footer.notes ?? []).map((note) => html`<p class="muted">${note}</p>`)}
    <p class="muted generated">${footer.asOf}</p>
  </section>`;
}

/** Column widths in per cent for a fixed-layout table. */
export function colgroup(widths: readonly number[]): SafeHtml {
  return html`<colgroup>
    ${widths.map((width) => html`<col style="width: ${width.toFixed(2)}%" />`)}
  </colgroup>`;
}

export type DataTableParts = {
  className?: string;
  widths?: readonly number[];
  /** The header rows (`<tr><th>…`): printed again at the top of every page the table runs onto. */
  head: HtmlValue;
  rows: HtmlValue;
  /**
   * Totals rows (`<td>` cells), marked `total`: a totals row never opens a page on its own, it takes
   * at least the row above it along.
   */
  totals?: readonly HtmlValue[];
  grandTotal?: HtmlValue;
};

/** A bordered table whose header repeats on each page and whose totals stay with the last row. */
export function dataTable(parts: DataTableParts): SafeHtml {
  return html`<table class="${parts.className ?? ''}">
    ${parts.widths ? colgroup(parts.widths) : ''}
    <thead>
      ${parts.head}
    </thead>
    <tbody>
      ${parts.rows}
      ${(parts.totals ?? []).map(
        (cells) =>
          html`<tr class="total">
            ${cells}
          </tr>`,
      )}
      ${
        parts.grandTotal === undefined
          ? ''
          : html`<tr class="total grand">
              ${parts.grandTotal}
            </tr>`
      }
    </tbody>
  </table>`;
}

/** An amount in a budget table: baht with separators, a dash for nothing. */
export function moneyText(satang: bigint, thai: boolean): string {
  return satang === 0n ? '-' : formatBaht(satang, { thaiDigits: thai });
}

/** A right-aligned money cell. */
export function moneyCell(satang: bigint, thai: boolean): SafeHtml {
  return html`<td class="num">${moneyText(satang, thai)}</td>`;
}

/** The sentence under a budget table: the total in figures and in words, never alone at a page top. */
export function grandTotalLine(label: string, satang: bigint, thai: boolean): SafeHtml {
  return html`<p class="grand-total">
    ${label} ${formatBaht(satang, { thaiDigits: thai })} บาท (${bahtText(satang)})
  </p>`;
}
