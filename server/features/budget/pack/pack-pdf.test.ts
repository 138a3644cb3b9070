import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bahtText } from '../../../../domain/thai/baht-text.js';
import { chromiumPath, closeSharedBrowser } from '../../../platform/pdf/browser.js';
import { renderPdf } from '../../../platform/pdf/render.js';
import {
  breaksInsideWords,
  hasPoppler,
  headingsAtPageFoot,
  pdfPages,
  pdfText,
  wordsCutByWraps,
} from '../../../platform/pdf/text-layer-test-support.js';
import { samplePackDocument } from './pack-fixture.js';
import { packPdfHtml } from './pack-pdf.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-pack-pdf-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');
const HEADINGS = ['ตารางที่', 'ความพร้อมของโครงการ', 'รายละเอียดงบประมาณ', 'วงเงินตามขั้นตอน', 'โครงการที่', 'ส่วนที่'];

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)(
  `explanation pack PDF (needs Chromium at ${chromiumPath()} and poppler-utils)`,
  () => {
    const file = join(outDir, 'pack.pdf');
    let text = '';
    beforeAll(async () => {
      const document = samplePackDocument(12);
      writeFileSync(
        file,
        await renderPdf(packPdfHtml(document, { thaiDigits: true, thaiDigitsInTables: false }), {
          pageNumbers: 'thai',
          skipFirstPageNumber: true,
        }),
      );
      text = pdfText(file);
    });
    afterAll(() => closeSharedBrowser());

    it('prints the grand total in figures and in words, as the summary computed it', () => {
      const total = samplePackDocument(12).summary.grandTotal;
      expect(total).toBe(9_629_629_542n + 132n);
      expect(squeeze(text)).toContain(squeeze(`รวมงบประมาณทั้งสิ้น ๙๖,๒๙๖,๒๙๖.๗๔ บาท (${bahtText(total)})`));
      expect(text).toContain('96,296,296.74');
    });

    it('breaks no Thai word across lines and strands no heading at a page foot', () => {
      expect(breaksInsideWords(file)).toEqual([]);
      // Words the dictionary itself splits (เชิงวัฒน|ธร|รม, งบ|ประมาณ, ราย|จ่าย) must not be cut either.
      expect(wordsCutByWraps(text, ['วัฒนธรรม', 'งบประมาณ', 'รายจ่าย', 'โลจิสติกส์', 'ตะวันออกเฉียงเหนือ'])).toEqual(
        [],
      );
      expect(headingsAtPageFoot(pdfPages(text), HEADINGS)).toEqual([]);
    });

    it('puts each project on its own page after the landscape summary pages', () => {
      const pages = pdfPages(text);
      const projectPages = pages.filter((lines) => lines.some((line) => line.startsWith('โครงการที่')));
      expect(projectPages).toHaveLength(12);
      const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '3', file]).toString();
      expect(sizes).toMatch(/Page\s+2 size:\s+841\.\d+ x 594/);
      // Page images for a person to look at (kept in the temp folder).
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '4', file, join(outDir, 'page')]);
      expect(existsSync(join(outDir, 'page-02.png')) || existsSync(join(outDir, 'page-2.png'))).toBe(true);
    });
  },
);
