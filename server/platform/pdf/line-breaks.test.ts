import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bahtText } from '../../../domain/thai/baht-text.js';
import { chromiumPath, closeSharedBrowser } from './browser.js';
import { htmlDocument } from './document.js';
import { html } from './html.js';
import { renderPdf } from './render.js';
import { breaksInsideWords, hasPoppler, pdfText, wordsCutByWraps } from './text-layer-test-support.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-pdf-breaks-'));
// Words the issue found broken (โลจิ|สติกส์, การท่อง|เที่ยว, เจ็ดสิบ|หกสตางค์), in narrow cells and full lines.
const SENTENCE =
  'พัฒนาโครงสร้างพื้นฐานด้านโลจิสติกส์และการท่องเที่ยวเชิงวัฒนธรรมของจังหวัดให้เชื่อมโยงกับเส้นทางเศรษฐกิจภาคตะวันออกเฉียงเหนือ';

function page(): string {
  const cells = Array.from(
    { length: 6 },
    (_, index) =>
      html`<tr>
        <td>${index + 1}</td>
        <td>${SENTENCE}</td>
        <td class="num">${bahtText(1_234_567_876n + BigInt(index))}</td>
      </tr>`,
  );
  const body = html`<h2>ประเด็นการพัฒนาด้านโลจิสติกส์และการท่องเที่ยว</h2>
    <p class="indent">${SENTENCE.repeat(3)}</p>
    <table>
      <thead>
        <tr>
          <th style="width: 1cm">ที่</th>
          <th style="width: 6cm">โครงการ</th>
          <th>งบประมาณ</th>
        </tr>
      </thead>
      <tbody>
        ${cells}
      </tbody>
    </table>
    <p>(${bahtText(987_654_376n)})</p>`;
  return htmlDocument({ title: 'ตัดบรรทัด', body });
}

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)(
  `Thai line breaking in PDFs (needs Chromium at ${chromiumPath()} and poppler-utils)`,
  () => {
    afterAll(() => closeSharedBrowser());

    it('breaks lines only between words that Intl.Segmenter finds', async () => {
      const file = join(outDir, 'breaks.pdf');
      writeFileSync(file, await renderPdf(page(), { pageNumbers: 'thai' }));
      const text = pdfText(file);
      // The text must wrap at all, or the check below proves nothing.
      expect(text.split('\n').filter((line) => line.includes('โลจิ')).length).toBeGreaterThan(3);
      expect(breaksInsideWords(file)).toEqual([]);
      // Words the dictionary splits but a reader does not, and an amount group, never straddle lines.
      const words = ['โลจิสติกส์', 'การท่องเที่ยว', 'ตะวันออกเฉียงเหนือ', 'เจ็ดสิบหกสตางค์'];
      expect(words.filter((word) => !text.replace(/\s+/g, '').includes(word))).toEqual([]);
      expect(wordsCutByWraps(text, words)).toEqual([]);
    });
  },
);
