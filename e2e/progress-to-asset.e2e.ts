import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { AssetProposals } from '../domain/assets/asset-response.js';
import { login } from './support/app.js';
import { transferAsset } from './support/asset-transfer.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { inputOf, pickOption, sessionApi } from './support/planning.js';

const journey = setupJourney();

/** A running Korat demo project whose budget has asset lines (so completing it proposes assets). */
async function runningProjectWithAssets(page: Page): Promise<string> {
  const api = await sessionApi(page);
  const { items } = await api.get<{ items: { id: string }[] }>(
    '/api/v1/projects?status=spending&areaCode=30&limit=100',
  );
  for (const { id } of items) {
    const proposed = await api.get<AssetProposals>(`/api/v1/assets/projects/${id}/proposals`);
    if (proposed.proposals.length > 0 && proposed.registered.length === 0) {
      return id;
    }
  }
  throw new Error('no running Korat demo project with asset budget lines');
}

const expectAccessible = async (page: Page) => expect(await blockingViolations(page)).toEqual([]);

describe('from a progress photo to a transferred asset', () => {
  it('a planner reports progress with a photo, completes the project, registers its assets and transfers one', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const projectId = await runningProjectWithAssets(page);

    await page.goto(`${journey.baseUrl}/projects/${projectId}/progress`);
    await page.getByTestId('progress-form').waitFor();
    await expectAccessible(page);
    await pickOption(page, page.getByTestId('progress-quarter'), 'ไตรมาส 4');
    await inputOf(page, 'progress-percent').fill('100');
    await pickOption(page, page.getByTestId('progress-status'), 'ดำเนินการแล้วเสร็จ');
    await page.getByTestId('progress-submit').click();
    const evidenceForm = page.getByTestId('evidence-form');
    await evidenceForm.waitFor();
    await pickOption(page, page.getByTestId('evidence-report'), (await reportOptionOf(page)) ?? '');
    await pickOption(page, page.getByTestId('evidence-phase'), 'หลังดำเนินการ');
    await inputOf(page, 'evidence-caption').fill('ถนนหลังก่อสร้างแล้วเสร็จ');
    const map = page.getByTestId('evidence-point');
    const box = await map.boundingBox();
    await expect.poll(() => map.locator('canvas').count()).toBeGreaterThan(0);
    await map.click({ position: { x: (box?.width ?? 400) / 2, y: (box?.height ?? 300) / 2 } });
    await expect.poll(() => inputOf(page, 'evidence-point-latitude').inputValue()).not.toBe('');
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#7a9' } })
      .jpeg()
      .toBuffer();
    await evidenceForm
      .locator('input[type="file"]')
      .setInputFiles({ name: 'road.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('evidence-submit').click();
    const thumbnail = page.getByTestId('evidence-thumbnail').first();
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(320);
    expect(await page.getByTestId('evidence-facts').first().textContent()).not.toContain('ไม่ทราบตำแหน่ง');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'กลับไปที่โครงการ' }).click();
    await page.getByTestId('project-transition-complete').click();
    await expect
      .poll(() => page.getByTestId('project-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('completed');
    await page.getByTestId('project-assets-link').click();
    await page.getByTestId('asset-proposals-form').waitFor();
    await expectAccessible(page);
    await page.getByTestId('asset-register-submit').click();
    const registered = page.getByTestId('registered-assets').locator('tbody tr a');
    await registered.first().waitFor();
    expect(await page.getByTestId('asset-proposals-form').count()).toBe(0);
    await expectAccessible(page);

    await registered.first().click();
    await transferAsset(page, { acceptance: 'นม 0023.3/501', approval: 'นม 0017/502', done: 'นม 0017/503' });
  });
});

/** The label of the fourth quarter's report in the evidence form's report list. */
async function reportOptionOf(page: Page): Promise<string | null> {
  const heading = page.getByTestId('progress-report').filter({ hasText: 'ไตรมาส 4' }).first();
  await heading.waitFor();
  return heading.locator('.ant-card-head-title').textContent();
}
