import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { pickOption } from './support/planning.js';

const journey = setupJourney();

const expectAccessible = async (page: Page) => expect(await blockingViolations(page)).toEqual([]);

describe('the yearly asset check', () => {
  it('a planner opens an overdue check from the backlog, records it with a photo and sees it on the asset', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/assets`);
    await page.getByTestId('assets-view').getByText('ค้างตรวจสอบ/ค้างโอน').click();
    const firstCheck = page.getByTestId('backlog-check-link').first();
    await firstCheck.waitFor();
    await expectAccessible(page);
    await firstCheck.click();

    const form = page.getByTestId('asset-check-form');
    await form.waitFor();
    expect(await page.getByTestId('asset-check-due').textContent()).toContain('เกินกำหนดตรวจสอบ');
    await expectAccessible(page);
    await pickOption(page, page.getByTestId('asset-check-condition'), 'ชำรุด');
    await form.getByText('ไม่ได้ใช้งาน').click();
    await form.locator('textarea').fill('ใบพัดสึก รอซ่อม');
    const photo = await sharp({ create: { width: 1024, height: 768, channels: 3, background: '#8a6' } })
      .jpeg()
      .toBuffer();
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'pump.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('asset-check-submit').click();

    const thumbnail = page.getByTestId('asset-check-thumbnail').last();
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(320);
    expect(await page.getByTestId('asset-checks').textContent()).toContain('ใบพัดสึก รอซ่อม');
    await expectAccessible(page);

    // The asset page leads to the check as well.
    await page.getByTestId('asset-check-link').click();
    await form.waitFor();
    expect(await page.getByTestId('asset-check-due').textContent()).toContain('ครบกำหนดตรวจสอบ');

    // The latest check is corrected on the same screen (If-Match), and the asset shows the correction.
    const correction = page.getByTestId('asset-check-correction');
    await correction.waitFor();
    expect(await correction.locator('textarea').inputValue()).toBe('ใบพัดสึก รอซ่อม');
    await expectAccessible(page);
    await correction.locator('textarea').fill('ใบพัดสึก ส่งซ่อมแล้ว');
    await correction.getByText('ใช้งานอยู่').click();
    await page.getByTestId('asset-check-correct').click();
    await page.getByText('แก้ไขผลการตรวจสอบแล้ว').waitFor();
    await page.getByText('กลับไปหน้าทรัพย์สิน').click();
    await expect.poll(() => page.getByTestId('asset-checks').textContent()).toContain('ใบพัดสึก ส่งซ่อมแล้ว');
  });

  it('refuses bytes that only pretend to be a photo, saying why, and keeps no check', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/assets`);
    await page.getByTestId('assets-view').getByText('ค้างตรวจสอบ/ค้างโอน').click();
    await page.getByTestId('backlog-check-link').first().click();
    const form = page.getByTestId('asset-check-form');
    await form.waitFor();
    await form.locator('input[type="file"]').setInputFiles({
      name: 'broken.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
    });
    await page.getByTestId('asset-check-submit').click();
    await expect.poll(() => page.getByTestId('asset-check-error').textContent()).toContain('ไฟล์ภาพเสีย');
    await expectAccessible(page);
    await page.reload();
    await form.waitFor();
    expect(await page.getByTestId('asset-check-due').textContent()).toContain('เกินกำหนดตรวจสอบ');
  });

  it('an administrator makes the missing photo previews from the results page and reads the report', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    await page.goto(`${journey.baseUrl}/results`);
    const panel = page.getByTestId('photo-previews');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('ภาพการตรวจสอบพัสดุประจำปี');
    await page.getByTestId('photo-previews-start').click();
    const job = page.getByTestId('photo-previews-job');
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 60_000 }).toBe('succeeded');
    // The demo keeps one yearly check photo as kept before previews were made on upload.
    expect(await page.getByTestId('photo-previews-progress').textContent()).toBe('ตรวจแล้ว 1 จาก 1 ภาพ');
    const report = page.getByTestId('photo-previews-report');
    await expect
      .poll(() => report.textContent())
      .toContain('ภาพการตรวจสอบพัสดุประจำปี demo-check.jpg: ทำภาพย่อแล้ว');
    await expectAccessible(page);

    // Opened again, the page still shows the run and its report.
    await page.reload();
    await report.waitFor();
    expect(await job.getAttribute('data-status')).toBe('succeeded');
    expect(await page.getByTestId('photo-previews-progress').textContent()).toBe('ตรวจแล้ว 1 จาก 1 ภาพ');
    await expect
      .poll(() => report.textContent())
      .toContain('ภาพการตรวจสอบพัสดุประจำปี demo-check.jpg: ทำภาพย่อแล้ว');

    // A second run, in English, finds nothing left to do.
    await page.getByTestId('lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByTestId('photo-previews-start').click();
    const progress = page.getByTestId('photo-previews-progress');
    await expect.poll(() => progress.textContent()).toBe('0 of 0 photos looked at');
    await expect.poll(() => job.getAttribute('data-status')).toBe('succeeded');
    await expect.poll(() => report.textContent()).toContain('No photo was missing a preview');
    await expectAccessible(page);
  });

  it('does not offer the preview job to a planner', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/results`);
    await page.getByRole('heading', { name: 'ผลสัมฤทธิ์' }).waitFor();
    expect(await page.getByTestId('photo-previews').count()).toBe(0);
  });
});
