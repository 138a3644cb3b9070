import { describe, expect, it } from 'vitest';
import { html } from './html.js';
import { coverPage, dataTable, grandTotalLine, moneyCell, moneyText } from './layout.js';

const squeeze = (markup: string) => markup.replace(/\s+/g, ' ').replace(/> </g, '><');

describe('shared layout pieces', () => {
  it('puts the header rows in a thead (repeated on each page) and marks the totals rows', () => {
    const table = dataTable({
      className: 'compact',
      widths: [70, 30],
      head: html`<tr>
        <th>รายการ</th>
        <th>บาท</th>
      </tr>`,
      rows: [
        html`<tr>
          <td>${'<ก>'}</td>
          ${moneyCell(125000050n, false)}
        </tr>`,
      ],
      totals: [
        html`<td>รวม</td>
          ${moneyCell(125000050n, false)}`,
      ],
      grandTotal: html`<td>รวมทั้งสิ้น</td>
        ${moneyCell(125000050n, true)}`,
    });
    expect(squeeze(table.value)).toBe(
      '<table class="compact"><colgroup><col style="width: 70.00%" /><col style="width: 30.00%" /></colgroup>' +
        '<thead><tr><th>รายการ</th><th>บาท</th></tr></thead><tbody><tr><td>&lt;ก&gt;</td><td class="num">1,250,000.50</td></tr>' +
        '<tr class="total"><td>รวม</td><td class="num">1,250,000.50</td></tr>' +
        '<tr class="total grand"><td>รวมทั้งสิ้น</td><td class="num">๑,๒๕๐,๐๐๐.๕๐</td></tr></tbody></table>',
    );
  });

  it('writes a dash for no money and the total in figures and words', () => {
    expect(moneyText(0n, false)).toBe('-');
    expect(moneyText(-150n, false)).toBe('-1.50');
    expect(squeeze(grandTotalLine('รวมทั้งสิ้น', 2125n, true).value)).toBe(
      '<p class="grand-total"> รวมทั้งสิ้น ๒๑.๒๕ บาท (ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์) </p>',
    );
  });

  it('builds a cover with title, subtitles, notes and the as-of line last', () => {
    const cover = squeeze(coverPage(['ชื่อ', 'รอง'], { notes: ['(ร่าง)'], asOf: 'ข้อมูล ณ วันที่ ๑' }).value);
    expect(cover).toBe(
      '<section class="cover"><p class="title">ชื่อ</p><p class="subtitle">รอง</p><p class="muted">(ร่าง)</p>' +
        '<p class="muted generated">ข้อมูล ณ วันที่ ๑</p></section>',
    );
  });
});
