import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateFacts } from '../../../domain/training/certificate.js';
import { chromiumPath, closeSharedBrowser } from '../../platform/pdf/browser.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { breaksInsideWords, hasPoppler, pdfText } from '../../platform/pdf/text-layer-test-support.js';
import { certificateHtml } from './certificate-html.js';
import { CERTIFICATE_MARGINS } from './certificate.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-certificate-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');

const facts: CertificateFacts = {
  participantName: 'นางสาวสมหญิง ใจดีมาก',
  eventTitle: 'การประชุมเชิงปฏิบัติการขับเคลื่อนการจัดทำแผนพัฒนาพื้นที่ ประจำปีงบประมาณ พ.ศ. 2567',
  venue: 'ศาลากลางจังหวัดนครราชสีมา',
  organiser: 'สำนักงานปลัดกระทรวงมหาดไทย',
  heldOn: '2024-05-27',
  ordinal: 12,
  check: { score: 4, total: 5, passed: true },
  isDemo: true,
};

/** A greyscale page image (binary PGM): its size and the dark pixels of each half of the page. */
function pageImage(file: string) {
  const data = readFileSync(file);
  const header = data.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) {
    throw new Error('not a binary PGM');
  }
  const [whole, width, height] = [match[0], Number(match[1]), Number(match[2])];
  const pixels = data.subarray(whole.length);
  let left = 0;
  let right = 0;
  pixels.forEach((value, index) => {
    if (value < 128) {
      if (index % width < width / 2) {
        left += 1;
      } else {
        right += 1;
      }
    }
  });
  return { width, height, left, right };
}

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)(
  `training certificate PDF (needs Chromium at ${chromiumPath()} and poppler-utils)`,
  () => {
    const file = join(outDir, 'certificate.pdf');
    let text = '';
    beforeAll(async () => {
      writeFileSync(
        file,
        await renderPdf(certificateHtml(facts), { landscape: true, margins: CERTIFICATE_MARGINS }),
      );
      text = pdfText(file);
    });
    afterAll(() => closeSharedBrowser());

    it('is one landscape page naming the person, the event, the day in Thai and the number', () => {
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+1\n/);
      const flat = squeeze(text);
      for (const line of [
        'เกียรติบัตร',
        'นางสาวสมหญิง ใจดีมาก',
        'ขับเคลื่อนการจัดทำแผนพัฒนาพื้นที่',
        'เมื่อวันที่ ๒๗ พฤษภาคม ๒๕๖๗',
        'เลขที่ ๑๒/๒๕๖๗',
        'ผ่านการทดสอบความรู้ ๔ จาก ๕ คะแนน',
        'ข้อมูลตัวอย่าง',
      ]) {
        expect(flat).toContain(squeeze(line));
      }
      expect(breaksInsideWords(file)).toEqual([]);
    });

    it('prints a landscape page image with ink on both halves (text centred, frame drawn)', () => {
      const prefix = join(outDir, 'page');
      execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', file, prefix]);
      const image = pageImage(`${prefix}.pgm`);
      expect(image.width).toBeGreaterThan(image.height);
      expect(image.left).toBeGreaterThan(500);
      expect(image.right).toBeGreaterThan(500);
      expect(Math.abs(image.left - image.right) / (image.left + image.right)).toBeLessThan(0.35);
    });
  },
);
