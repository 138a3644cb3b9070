import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath, closeSharedBrowser } from './browser.js';
import { htmlDocument } from './document.js';
import { html } from './html.js';
import { dataTable, moneyCell } from './layout.js';
import { renderPdf } from './render.js';
import {
  hasPoppler,
  headingsAtPageFoot,
  pdfPages,
  pdfText,
  totalsOpeningPage,
} from './text-layer-test-support.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-pdf-layout-'));
const HEADING = 'หัวข้อที่ต้องอยู่กับเนื้อหา';
const HEADER = 'รายการ งบประมาณ';

function table(rows: number) {
  return dataTable({
    head: html`<tr>
      <th>รายการ</th>
      <th>งบประมาณ</th>
    </tr>`,
    rows: Array.from(
      { length: rows },
      (_, index) =>
        html`<tr>
          <td>แถวที่ ${index + 1}</td>
          ${moneyCell(100n, false)}
        </tr>`,
    ),
    totals: [
      html`<td>รวมย่อย</td>
        ${moneyCell(BigInt(rows) * 100n, false)}`,
    ],
    grandTotal: html`<td>รวมทั้งสิ้น</td>
      ${moneyCell(BigInt(rows) * 100n, false)}`,
  });
}

// Filler that ends at a slightly different height each time, so the heading and the totals rows
// fall across every position near the page foot.
function page(gapPt: number): string {
  const filler = Array.from({ length: 20 }, (_, index) => html`<p>บรรทัดเติมหน้าที่ ${index + 1}</p>`);
  const body = html`${filler}
    <div style="height: ${gapPt}pt"></div>
    <h3>${HEADING}</h3>
    ${table(3)}
    <h2>${HEADING} ยาว</h2>
    ${table(60)}`;
  return htmlDocument({ title: 'ทดสอบการจัดหน้า', body });
}

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)(
  `page flow of the shared layout (needs Chromium at ${chromiumPath()} and poppler-utils)`,
  () => {
    afterAll(() => closeSharedBrowser());

    it('never leaves a heading at a page foot nor a totals row alone at a page top', async () => {
      const found = { pages: 0, stranded: [] as string[], totalsAlone: [] as string[] };
      for (let gap = 0; gap <= 84; gap += 6) {
        const file = join(outDir, `flow-${gap}.pdf`);
        writeFileSync(file, await renderPdf(page(gap), { pageNumbers: 'thai' }));
        const pages = pdfPages(pdfText(file));
        found.pages = Math.max(found.pages, pages.length);
        found.stranded.push(...headingsAtPageFoot(pages, [HEADING]).map((entry) => `${gap}: ${entry}`));
        found.totalsAlone.push(
          ...totalsOpeningPage(pages, HEADER, ['รวมย่อย', 'รวมทั้งสิ้น']).map((entry) => `${gap}: ${entry}`),
        );
      }
      // The long table runs over at least two pages, so the checks saw page turns.
      expect(found.pages).toBeGreaterThanOrEqual(3);
      expect(found).toMatchObject({ stranded: [], totalsAlone: [] });
    });

    it('repeats the table header at the top of every page the table runs onto', async () => {
      const file = join(outDir, 'long.pdf');
      writeFileSync(file, await renderPdf(htmlDocument({ title: 'x', body: table(90) })));
      const pages = pdfPages(pdfText(file));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.map((lines) => lines[0])).toEqual(pages.map(() => HEADER));
      expect(pages.at(-1)?.at(-1)).toBe('รวมทั้งสิ้น 90.00');
    });
  },
);
