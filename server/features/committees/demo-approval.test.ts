import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNED_MINUTES_MAX_BYTES } from '../../../domain/committees/committee.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { chromiumPath } from '../../platform/pdf/browser.js';
import { hasPoppler, pdfText } from '../../platform/pdf/text-layer-test-support.js';
import { expectStatus, takeStep } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoCommittees } from './demo.js';

type Json = Record<string, unknown>;
const SOFFICE = '/usr/bin/soffice';
type Item = { id: string; documentId: string | null; version: number; resolution: Json | null };

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let reviewId = '';
let meetingId = '';
beforeAll(async () => {
  // Above the signed-minutes limit, so that the feature's own limit is what refuses the large scan.
  context = await createTestContext({ maxUploadBytes: SIGNED_MINUTES_MAX_BYTES + 1024 * 1024 });
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  const seeded = await seedDemoPlan(context.database);
  await seedDemoCommittees(context.database);
  reviewId = seeded?.reviewId ?? '';
}, 120_000);
afterAll(() => context.close());

describe('the demo ก.บ.จ. approves the demo review through its agenda', () => {
  it('puts the submitted review on the upcoming meeting, approves it by resolution, and the history links the meeting', async () => {
    const diff = await expectStatus(planner, 200, 'GET', `/api/v1/plan-versions/${reviewId}/diff`);
    for (const change of (diff.entries as Json[]).filter((entry) => entry.needsReason && !entry.reason)) {
      await expectStatus(planner, 200, 'PUT', `/api/v1/plan-versions/${reviewId}/change-reasons`, {
        entityType: change.entityType,
        stableKey: change.stableKey,
        reason: 'ย้ายไปดำเนินการในแผนปฏิบัติราชการของ พช.',
      });
    }
    expect((await takeStep(planner, reviewId, 'submit')).statusCode).toBe(200);
    const upcoming = (
      (await expectStatus(planner, 200, 'GET', '/api/v1/meetings?provinceCode=30')).items as Json[]
    )[0] as { id: string; version: number; label: string };
    meetingId = upcoming.id;
    // The meeting is brought forward to today, so that it can be held now.
    const today = toBangkokIsoDate(new Date());
    const moved = await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/meetings/${meetingId}`,
      { date: today },
      upcoming.version,
    );
    const built = await expectStatus(planner, 200, 'POST', `/api/v1/meetings/${meetingId}/agenda/build`);
    const item = (built.agenda as Item[]).find((entry) => entry.documentId === reviewId);
    expect(item).toBeDefined();
    await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/meetings/${meetingId}`,
      { status: 'held' },
      Number(moved.version),
    );
    const resolved = await expectStatus(
      head,
      200,
      'PUT',
      `/api/v1/agenda-items/${item?.id}/resolution`,
      { kind: 'approve', text: 'ที่ประชุมเห็นชอบแผนพัฒนาจังหวัดฉบับทบทวน ประจำปีงบประมาณ พ.ศ. 2569' },
      item?.version,
    );
    const tree = await expectStatus(planner, 200, 'GET', `/api/v1/plan-versions/${reviewId}/tree`);
    expect((tree.version as unknown as Json).status).toBe('committee_approved');
    expect((tree.approvals as unknown as Json[]).at(-1)).toMatchObject({
      id: (resolved.resolution as Json).approvalEventId,
      action: 'committee_approve',
      meetingId,
      meetingNo: upcoming.label,
      meetingDate: today,
    });
  });

  it.skipIf(!hasPoppler || !existsSync(chromiumPath()))(
    'prints the resolution in the minutes, and the first page renders as an image',
    async () => {
      const response = await planner.request('GET', `/api/v1/meetings/${meetingId}/minutes.pdf`);
      expect(response.statusCode).toBe(200);
      const dir = mkdtempSync(join(tmpdir(), 'areaplan-demo-minutes-'));
      const file = join(dir, 'minutes.pdf');
      writeFileSync(file, response.rawPayload);
      const text = pdfText(file).replace(/\s+/g, '');
      expect(text).toContain('มติที่ประชุมเห็นชอบที่ประชุมเห็นชอบแผนพัฒนาจังหวัดฉบับทบทวน');
      expect(text).toContain('พิจารณาแผนพัฒนาจังหวัด');
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')]);
      expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(5_000);
    },
  );

  it.skipIf(!hasPoppler || !existsSync(SOFFICE))(
    'gives the same minutes as a .docx that LibreOffice opens and converts',
    async () => {
      const response = await planner.request('GET', `/api/v1/meetings/${meetingId}/minutes.docx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('.docx');
      const dir = mkdtempSync(join(tmpdir(), 'areaplan-docx-'));
      writeFileSync(join(dir, 'minutes.docx'), response.rawPayload);
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'minutes.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const text = pdfText(join(dir, 'minutes.pdf')).replace(/\s+/g, '');
      expect(text).toContain('ระเบียบวาระที่๔เรื่องเพื่อพิจารณา');
      expect(text).toContain('มติที่ประชุมเห็นชอบที่ประชุมเห็นชอบแผนพัฒนาจังหวัดฉบับทบทวน');
    },
    150_000,
  );

  it('keeps the signed minutes by their content type, and refuses a renamed program or an oversized file', async () => {
    const upload = (name: string, content: Buffer) =>
      planner.request(
        'POST',
        `/api/v1/meetings/${meetingId}/signed-minutes`,
        multipartFile(name, content, 'application/pdf'),
      );
    const refused = await upload('minutes.pdf', Buffer.from('MZ\u0090\u0000 not a pdf'));
    expect(refused.statusCode).toBe(415);
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(SIGNED_MINUTES_MAX_BYTES)]);
    expect((await upload('big.pdf', huge)).statusCode).toBe(413);
    const pdf = Buffer.from('%PDF-1.7\n% signed minutes scan\n');
    const kept = await upload('รายงานการประชุมลงนาม.pdf', pdf);
    expect(kept.statusCode).toBe(201);
    expect(kept.json().signedMinutes).toMatchObject({ fileName: 'รายงานการประชุมลงนาม.pdf' });
    const back = await head.request('GET', `/api/v1/meetings/${meetingId}/signed-minutes`);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(pdf)).toBe(true);
  });
});
