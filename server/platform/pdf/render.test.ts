import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bahtText } from '../../../domain/thai/baht-text.js';
import { formatFiscalYear } from '../../../domain/thai/be-date.js';
import { chromiumPath, closeSharedBrowser, sharedBrowser } from './browser.js';
import { htmlDocument } from './document.js';
import { html } from './html.js';
import { renderPdf } from './render.js';

const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
const outDir = mkdtempSync(join(tmpdir(), 'areaplan-pdf-'));

// pdftotext may put a space inside a cluster (ปั่ น); compare without whitespace.
const squeeze = (text: string) => text.replace(/\s+/g, '');

function samplePage(): string {
  const body = html` <h1>${formatFiscalYear(2569, { thaiDigits: true })}</h1>
    <p class="indent">
      ป่า ปั่น ฝั่ง ฟ้า ฝ้าย ป้ำ น้ำ ปั้น สิ้น ตั๋ว ก็ / กตัญญู ฐูป ญี่ปุ่น ฎีกา ปฏิบัติ ผู้ใหญ่ ที่นั่น ${'<script>x</script>'}
    </p>
    <table>
      <thead>
        <tr>
          <th>โครงการ</th>
          <th class="num">งบประมาณ (บาท)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>โครงการพัฒนาแหล่งน้ำเพื่อการเกษตรอย่างยั่งยืน</td>
          <td class="num">1,250,000.50</td>
        </tr>
      </tbody>
    </table>
    <p>(${bahtText(125000050n)})</p>
    <div class="page-break"><p>หน้าที่สอง</p></div>`;
  return htmlDocument({ title: 'ทดสอบ', body });
}

describe.skipIf(!existsSync(chromiumPath()))(
  `renderPdf (needs Chromium at ${chromiumPath()}; set CHROMIUM_PATH)`,
  () => {
    afterAll(() => closeSharedBrowser());

    it('prints an A4 PDF with Sarabun embedded', async () => {
      const pdf = await renderPdf(samplePage(), { pageNumbers: 'thai' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = join(outDir, 'sample.pdf');
      writeFileSync(file, pdf);
      if (hasPoppler) {
        const info = execFileSync('pdfinfo', [file]).toString();
        expect(info).toMatch(/Pages:\s+2/);
        expect(info).toMatch(/Page size:.*\(A4\)/);
        expect(execFileSync('pdffonts', [file]).toString()).toMatch(/Sarabun.*yes/);
      }
    });

    it.skipIf(!hasPoppler)(
      'gives the Thai text back, with BE year, baht in words and Thai page numbers',
      async () => {
        const file = join(outDir, 'text.pdf');
        writeFileSync(file, await renderPdf(samplePage(), { pageNumbers: 'thai' }));
        const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
        expect(text).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๙');
        expect(squeeze(text)).toContain('(หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์)');
        expect(squeeze(text)).toContain('ป้ำน้ำปั้นสิ้นตั๋วก็');
        expect(text).toContain('<script>x</script>');
        const pages = text
          .split('\f')
          .map((page) =>
            page
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          )
          .filter((lines) => lines.length > 0);
        expect(pages.map((lines) => lines.at(-1))).toEqual(['๑', '๒']);
        // Marks of page 2's first line (หน้าที่สอง) must not leak to the foot of page 1.
        expect(pages[0]?.at(-2)).toContain('สตางค์');
        // The page image is kept for a person to look at the mark stacking.
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(outDir, 'page')]);
        const image = join(outDir, 'page-1.png');
        expect(statSync(image).size).toBeGreaterThan(1000);
        expect(readFileSync(image).subarray(1, 4).toString()).toBe('PNG');
      },
    );

    it.skipIf(!hasPoppler)(
      'turns a .landscape section onto landscape pages between portrait ones',
      async () => {
        const body = html`<p>ตั้ง</p>
          <section class="landscape"><p>นอน</p></section>
          <p>ตั้ง</p>`;
        const file = join(outDir, 'landscape.pdf');
        writeFileSync(file, await renderPdf(htmlDocument({ title: 'x', body }), { pageNumbers: 'arabic' }));
        const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '3', file])
          .toString()
          .split('\n')
          .filter((line) => /^Page\s+\d+ size:/.test(line))
          .map((line) => (/size:\s+([\d.]+) x ([\d.]+)/.exec(line)?.slice(1) ?? []).map(Number));
        expect(sizes.map(([width = 0, height = 0]) => (width > height ? 'landscape' : 'portrait'))).toEqual([
          'portrait',
          'landscape',
          'portrait',
        ]);
      },
    );

    it('reuses one browser for concurrent renders', async () => {
      const first = await sharedBrowser();
      const pdfs = await Promise.all([renderPdf(samplePage()), renderPdf(samplePage())]);
      expect(pdfs.every((pdf) => pdf.length > 10_000)).toBe(true);
      expect(await sharedBrowser()).toBe(first);
    });

    it('fetches nothing from the network or the disk', async () => {
      const page = htmlDocument({ title: 'x', body: html`<p>ภาพ</p>` }).replace(
        '<p>',
        '<img src="http://127.0.0.1:9/x.png"><img src="file:///etc/passwd"><p>',
      );
      const pdf = await renderPdf(page);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('launches again after the browser was closed', async () => {
      await closeSharedBrowser();
      expect((await renderPdf(samplePage())).length).toBeGreaterThan(10_000);
    });
  },
);
