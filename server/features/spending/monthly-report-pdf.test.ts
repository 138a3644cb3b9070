import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '../../../domain/spending/monthly-report.js';
import { bahtText } from '../../../domain/thai/baht-text.js';
import { chromiumPath, closeSharedBrowser } from '../../platform/pdf/browser.js';
import { renderPdf } from '../../platform/pdf/render.js';
import {
  breaksInsideWords,
  hasPoppler,
  headingsAtPageFoot,
  pdfPages,
  pdfText,
  wordsCutByWraps,
} from '../../platform/pdf/text-layer-test-support.js';
import { monthlyReportHtml } from './monthly-report-html.js';
import { REPORT_MARGINS } from './monthly-report.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-spending-report-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');
const TITLES = [
  'ก่อสร้างถนนคอนกรีตเสริมเหล็กเชื่อมแหล่งผลิตทางการเกษตร อำเภอรหัส 3001',
  'พัฒนาแหล่งท่องเที่ยวชุมชนเชิงวัฒนธรรม',
  'ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ในชุมชน',
  'ขุดลอกแหล่งน้ำสาธารณะเพื่อการเกษตร',
];

/** A month of a province with long Thai titles and as many warnings as the page prints. */
const report: MonthlyReport = {
  fiscalYear: 2569,
  provinceName: 'นครราชสีมา',
  throughMonth: 8,
  classes: [
    {
      budgetClass: 'overall',
      allocationSatang: 123_456_789_01n,
      disbursedSatang: 87_654_321_09n,
      disbursedPct: 71,
      targetPct: 69.33,
      gapPoints: 1.67,
    },
    {
      budgetClass: 'current',
      allocationSatang: 23_456_789_01n,
      disbursedSatang: 17_654_321_09n,
      disbursedPct: 75.26,
      targetPct: 74.67,
      gapPoints: 0.59,
    },
    {
      budgetClass: 'capital',
      allocationSatang: 100_000_000_00n,
      disbursedSatang: 70_000_000_00n,
      disbursedPct: 70,
      targetPct: 58.33,
      gapPoints: 11.67,
    },
  ],
  carryOverDisbursedSatang: 1_234_567_89n,
  warnings: Array.from({ length: 8 }, (_, n) => ({
    projectId: `00000000-0000-4000-8000-00000000000${n}`,
    code: `69-P30-${String(n + 1).padStart(4, '0')}`,
    title: `${TITLES[n % TITLES.length] ?? ''} ระยะที่ ${n + 1}`,
    provinceCode: '30',
    clusterId: null,
    status: n % 2 ? 'late' : 'at_risk',
    reasons: ['behind_plan'],
    allocationSatang: '100000000',
    disbursedSatang: '50000000',
    actualPct: 50,
    planPct: 77.78,
  })),
  moreWarnings: 12,
  generatedAt: new Date('2026-06-05T03:00:00Z'),
};

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)(
  `monthly spending report PDF (needs Chromium at ${chromiumPath()} and poppler-utils)`,
  () => {
    const file = join(outDir, 'report.pdf');
    let text = '';
    beforeAll(async () => {
      writeFileSync(
        file,
        await renderPdf(monthlyReportHtml(report, { thaiDigits: true, thaiDigitsInTables: false }), {
          margins: REPORT_MARGINS,
        }),
      );
      text = pdfText(file);
    });
    afterAll(() => closeSharedBrowser());

    it('fits on one page with the month, the province and the total in figures and in words', () => {
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+1\n/);
      expect(squeeze(text)).toContain(squeeze('ประจำเดือนพฤษภาคม ๒๕๖๙'));
      expect(squeeze(text)).toContain(squeeze('จังหวัดนครราชสีมา ปีงบประมาณ พ.ศ. ๒๕๖๙'));
      expect(squeeze(text)).toContain(squeeze(`๘๗,๖๕๔,๓๒๑.๐๙ บาท (${bahtText(87_654_321_09n)})`));
      expect(text).toContain('123,456,789.01');
      expect(squeeze(text)).toContain(squeeze('และอีก ๑๒ โครงการ'));
    });

    it('breaks no Thai word across lines and strands no heading at the page foot', () => {
      expect(breaksInsideWords(file)).toEqual([]);
      expect(wordsCutByWraps(text, ['วัฒนธรรม', 'งบประมาณ', 'การเกษตร', 'แสงอาทิตย์'])).toEqual([]);
      expect(headingsAtPageFoot(pdfPages(text), ['๑.', '๒.'])).toEqual([]);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outDir, 'page')]);
    });
  },
);
