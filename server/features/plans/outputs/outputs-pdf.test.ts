import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bahtText } from '../../../../domain/thai/baht-text.js';
import { chromiumPath } from '../../../platform/pdf/browser.js';
import { createTestContext, type TestClient, type TestContext } from '../../../test/harness.js';
import { clusters } from '../../areas/tables.js';
import {
  createReadyPlan,
  expectStatus,
  type ReadyPlan,
  finishedJob,
  type JobView,
} from '../../../test/factories.js';

const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
const outDir = mkdtempSync(join(tmpdir(), 'areaplan-plan-pdf-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!existsSync(chromiumPath()))(
  `plan PDF job (needs Chromium at ${chromiumPath()}; set CHROMIUM_PATH)`,
  () => {
    let context: TestContext;
    let planner: TestClient;
    let plan: ReadyPlan;
    let job: JobView;
    beforeAll(async () => {
      context = await createTestContext();
      planner = await context.signIn('planner.korat');
      plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
      await expectStatus(
        planner,
        200,
        'POST',
        `/api/v1/plan-versions/${plan.versionId}/transitions`,
        { action: 'submit' },
        2,
      );
      const head = await context.signIn('head.korat');
      const approval = { action: 'committee_approve', meetingNo: '2/2568', meetingDate: '2025-01-15' };
      await expectStatus(
        head,
        200,
        'POST',
        `/api/v1/plan-versions/${plan.versionId}/transitions`,
        approval,
        3,
      );
      const response = await planner.request('POST', `/api/v1/plan-versions/${plan.versionId}/pdf`, {
        body: {},
      });
      expect(response.statusCode).toBe(202);
      expect(response.json().job).toMatchObject({ kind: 'plans.pdf', status: 'queued' });
      job = await finishedJob(context, planner, response.json().job.id);
    });
    afterAll(() => context.close());

    it('runs as a job with progress load → render → store and keeps the file', () => {
      expect(job).toMatchObject({ status: 'succeeded', progressDone: 3, progressTotal: 3 });
      expect(job.result).toMatchObject({
        fileName: 'แผนพัฒนาจังหวัดนครราชสีมา พ.ศ. 2566–2570.pdf',
        downloadUrl: `/api/v1/files/${String(job.result?.fileId)}`,
      });
    });

    it('downloads the PDF with a Thai-safe file name', async () => {
      const response = await planner.request('GET', `/api/v1/files/${String(job.result?.fileId)}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="2566-2570.pdf"; filename*=UTF-8''${encodeURIComponent('แผนพัฒนาจังหวัดนครราชสีมา พ.ศ. 2566–2570')}.pdf`,
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(join(outDir, 'plan.pdf'), response.rawPayload);
    });

    it.skipIf(!hasPoppler)('holds the official Thai text: title, BE years, meeting, baht in words', () => {
      const file = join(outDir, 'plan.pdf');
      // -raw keeps each table cell's lines together, so words do not interleave across columns.
      const text = execFileSync('pdftotext', ['-raw', file, '-']).toString();
      expect(text).toContain('แผนพัฒนาจังหวัดนครราชสีมา');
      expect(text).toContain('พ.ศ. ๒๕๖๖–๒๕๗๐');
      expect(squeeze(text)).toContain('ครั้งที่๒/๒๕๖๘');
      expect(squeeze(text)).toContain('๑๕มกราคม๒๕๖๘');
      expect(text).toContain('1,250,000.50');
      expect(squeeze(text)).toContain(`(${bahtText(125000050n)})`);
      expect(squeeze(text)).toContain('ประวัติการพิจารณาและอนุมัติแผน');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(outDir, 'page')]);
      expect(existsSync(join(outDir, 'page-1.png'))).toBe(true);
    });

    it('lets only the requester (or an administrator) download the file', async () => {
      const url = `/api/v1/files/${String(job.result?.fileId)}`;
      const viewer = await context.signIn('committee.korat');
      expect((await viewer.request('GET', url)).statusCode).toBe(404);
      expect((await (await context.signIn('admin')).request('GET', url)).statusCode).toBe(200);
      expect((await context.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    });

    it('titles a cluster plan with its cluster and lets a national viewer produce it', async () => {
      const [cluster] = await context.database.db
        .select()
        .from(clusters)
        .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
      const officer = await context.signIn('cluster.nelower1');
      const clusterPlan = await createReadyPlan(officer, { scope: 'cluster', clusterId: cluster?.id ?? 0 }, [
        '3015',
        '3101',
      ]);
      const analyst = await context.signIn('analyst');
      const response = await analyst.request('POST', `/api/v1/plan-versions/${clusterPlan.versionId}/pdf`, {
        body: { thaiDigits: false },
      });
      expect(response.statusCode).toBe(202);
      const done = await finishedJob(context, analyst, response.json().job.id);
      expect(done).toMatchObject({
        status: 'succeeded',
        result: { fileName: 'แผนพัฒนากลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1 พ.ศ. 2566–2570.pdf' },
      });
      const bad = await analyst.request('POST', `/api/v1/plan-versions/${clusterPlan.versionId}/pdf`, {
        body: { thaiDigits: 'yes' },
      });
      expect(bad.statusCode).toBe(400);
    });
  },
);
