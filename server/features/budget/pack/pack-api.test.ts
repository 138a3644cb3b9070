import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bahtText } from '../../../../domain/thai/baht-text.js';
import { formatBaht } from '../../../../domain/thai/money.js';
import { chromiumPath } from '../../../platform/pdf/browser.js';
import {
  breaksInsideWords,
  hasPoppler,
  headingsAtPageFoot,
  pdfPages,
  pdfText,
  wordsCutByWraps,
} from '../../../platform/pdf/text-layer-test-support.js';
import { createTestContext, type TestClient, type TestContext } from '../../../test/harness.js';
import { finishedJob, type JobView } from '../../../test/factories.js';
import { koratClusterId, packProject, storedTotal } from './pack-api-support.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-pack-api-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');
const TITLE = 'ก่อสร้างถนนเชื่อมโยงแหล่งท่องเที่ยวเชิงวัฒนธรรมและโลจิสติกส์ภาคตะวันออกเฉียงเหนือ';

async function produce(context: TestContext, client: TestClient, body: Record<string, unknown>) {
  const response = await client.request('POST', '/api/v1/explanation-packs', { body });
  const job = response.statusCode === 202 ? await finishedJob(context, client, response.json().job.id) : null;
  return { status: response.statusCode, job };
}

describe.skipIf(!existsSync(chromiumPath()))(
  `explanation pack job (needs Chromium at ${chromiumPath()})`,
  () => {
    let context: TestContext;
    let planner: TestClient;
    let korat: string[];
    let clusterId: number;
    let job: JobView;
    beforeAll(async () => {
      context = await createTestContext();
      clusterId = await koratClusterId(context);
      // Odd satang everywhere, so a lost or doubled satang shows in the totals.
      korat = [
        await packProject(
          context,
          'planner.korat',
          { code: 'P30-2568-0001', title: TITLE, areaCode: '3015', amounts: [1_250_000_50n, 33n] },
          { provinceCode: '30' },
        ),
        await packProject(
          context,
          'planner.korat',
          {
            code: 'P30-2568-0002',
            title: `${TITLE} ระยะที่ 2`,
            areaCode: '3001',
            amounts: [98_765_432_10n],
            budgetType: 'operating',
            status: 'allocated',
          },
          { provinceCode: '30' },
        ),
        await packProject(
          context,
          'planner.korat',
          {
            code: 'P30-2568-0003',
            title: 'ฝึกอบรมเกษตรกร',
            areaCode: '3001',
            amounts: [1n],
            budgetType: 'subsidy',
          },
          { provinceCode: '30' },
        ),
      ];
      // Not in the pack: an idea, another province's project, a cluster project.
      await packProject(
        context,
        'planner.korat',
        { code: 'P30-2568-0004', title: 'แนวคิด', areaCode: '3001', amounts: [5_000n], status: 'idea' },
        { provinceCode: '30' },
      );
      await packProject(
        context,
        'planner.chiangmai',
        { code: 'P50-2568-0001', title: 'โครงการเชียงใหม่', areaCode: '5001', amounts: [7_777n] },
        { provinceCode: '50' },
      );
      await packProject(
        context,
        'cluster.nelower1',
        { code: 'C-2568-0001', title: 'โครงการกลุ่มจังหวัด', areaCode: '3001', amounts: [10_000_001n] },
        {
          clusterId,
          shares: [
            ['30', 6000],
            ['31', 4000],
          ],
        },
      );
      planner = await context.signIn('planner.korat');
      const produced = await produce(context, planner, {
        fiscalYear: 2568,
        provinceCode: '30',
        amounts: 'request',
      });
      expect(produced.status).toBe(202);
      job = produced.job as JobView;
    });
    afterAll(() => context.close());

    it('runs as a job with progress and totals the database to the satang, in words too', async () => {
      const total = await storedTotal(context, korat);
      expect(total).toBe(1_250_000_50n + 33n + 98_765_432_10n + 1n);
      expect(job).toMatchObject({ status: 'succeeded', progressDone: 4, progressTotal: 4 });
      expect(job.result).toMatchObject({
        projectCount: 3,
        grandTotalSatang: String(total),
        grandTotalText: bahtText(total),
      });
    });

    it.skipIf(!hasPoppler)(
      'prints the totals in figures and words, breaks no word and strands no heading',
      async () => {
        const url = (job.result?.pdf as { downloadUrl: string }).downloadUrl;
        const response = await planner.request('GET', url);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        const file = join(outDir, 'pack.pdf');
        writeFileSync(file, response.rawPayload);
        const text = pdfText(file);
        const total = await storedTotal(context, korat);
        expect(squeeze(text)).toContain(
          squeeze(`รวมงบประมาณทั้งสิ้น ${formatBaht(total, { thaiDigits: true })} บาท (${bahtText(total)})`),
        );
        // The totals row of each of the four summary tables.
        expect(text.split(formatBaht(total)).length - 1).toBeGreaterThanOrEqual(4);
        expect(squeeze(text)).toContain(squeeze('งบประมาณจังหวัดนครราชสีมา'));
        expect(text).not.toContain('โครงการเชียงใหม่');
        expect(text).not.toContain('โครงการกลุ่มจังหวัด');
        expect(breaksInsideWords(file)).toEqual([]);
        expect(wordsCutByWraps(text, ['วัฒนธรรม', 'งบประมาณ', 'รายจ่าย', 'โลจิสติกส์'])).toEqual([]);
        expect(
          headingsAtPageFoot(pdfPages(text), ['ตารางที่', 'ความพร้อมของโครงการ', 'รายละเอียดงบประมาณ']),
        ).toEqual([]);
      },
    );

    it('gives the workbook with the same grand total', async () => {
      const response = await planner.request(
        'GET',
        (job.result?.xlsx as { downloadUrl: string }).downloadUrl,
      );
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('สรุปตามประเด็น');
      const last = sheet?.getRow(sheet.rowCount);
      const total = await storedTotal(context, korat);
      expect([last?.getCell(1).value, last?.getCell(2).value, last?.getCell(7).value]).toEqual([
        'รวมทั้งสิ้น',
        3,
        Number(total) / 100,
      ]);
    });

    it("never makes or hands out province 30's pack to a province-50 user", async () => {
      const chiangmai = await context.signIn('planner.chiangmai');
      expect((await produce(context, chiangmai, { fiscalYear: 2568, provinceCode: '30' })).status).toBe(403);
      const url = (job.result?.pdf as { downloadUrl: string }).downloadUrl;
      expect((await chiangmai.request('GET', url)).statusCode).toBe(404);
      // Another reader of province 30 did not ask for this file; an administrator may fetch it.
      expect((await (await context.signIn('committee.korat')).request('GET', url)).statusCode).toBe(404);
      expect((await (await context.signIn('admin')).request('GET', url)).statusCode).toBe(200);
      expect((await context.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    });

    it('makes a cluster pack for a member province, split by shares, and refuses others', async () => {
      const officer = await context.signIn('cluster.nelower1');
      const cluster = await produce(context, officer, { fiscalYear: 2568, clusterId, thaiDigits: false });
      expect(cluster.job).toMatchObject({
        status: 'succeeded',
        result: { projectCount: 1, grandTotalSatang: '10000001' },
      });
      const chiangmai = await context.signIn('planner.chiangmai');
      expect((await produce(context, chiangmai, { fiscalYear: 2568, clusterId })).status).toBe(403);
      expect((await produce(context, chiangmai, { fiscalYear: 2568, clusterId: 99_999 })).status).toBe(404);
    });

    it('refuses a request naming both or neither of province and cluster, in Thai and English', async () => {
      for (const body of [{ fiscalYear: 2568 }, { fiscalYear: 2568, provinceCode: '30', clusterId }]) {
        const response = await planner.request('POST', '/api/v1/explanation-packs', { body });
        expect(response.statusCode).toBe(400);
        expect(response.body).toContain('ระบุจังหวัดหรือกลุ่มจังหวัด');
      }
    });
  },
);
