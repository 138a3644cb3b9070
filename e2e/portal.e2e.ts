import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { PHONE } from './support/browser.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();
const THAI_NUMBERS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

/** A screenshot of the whole page, kept for people to look at, checked to be a real PNG of the page. */
async function screenshot(page: Page, name: string): Promise<void> {
  const image = await page.screenshot({ fullPage: true });
  expect([...image.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  expect(image.readUInt32BE(16)).toBe(PHONE.width);
  expect(image.readUInt32BE(20)).toBeGreaterThan(PHONE.height);
  const path = join(mkdtempSync(join(tmpdir(), 'areaplan-portal-e2e-')), `${name}.png`);
  writeFileSync(path, image);
  console.info(`portal screenshot: ${path}`);
}

describe('the public portal', () => {
  it('a citizen on a phone finds a province, a project and raises a need without an account', async () => {
    const page = await journey.newPage(PHONE);
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'นครราชสีมา', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('นครราชสีมา');
    expect(await page.locator('svg.map circle').count()).toBeGreaterThan(0);
    const projectLinks = page.locator('main table a[href^="/portal/projects/"]');
    expect(await projectLinks.count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'portal-province-30');

    const title = (await projectLinks.first().textContent()) ?? '';
    await projectLinks.first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await page.getByRole('heading', { name: 'การเบิกจ่ายรายเดือน' }).waitFor();
    await expectAccessible(page);

    await page.goto('/portal/search');
    await page.getByLabel('ค้นหาโครงการหรือแผน').fill(title.slice(0, 6));
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByRole('heading', { name: 'ผลการค้นหา' }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.goto('/portal/provinces/30');
    await page.getByRole('link', { name: 'เสนอปัญหาความต้องการของพื้นที่' }).click();
    await page.getByLabel('อำเภอหรือตำบลที่เกิดปัญหา').selectOption('300101');
    await page.getByLabel('ปัญหาหรือความต้องการ').fill('ท่อระบายน้ำอุดตันหน้าโรงเรียน');
    await page.getByLabel('ด้าน').selectOption({ index: 1 });
    const question = (await page.locator('label[for="answer"]').textContent()) ?? '';
    const [a = 0, b = 0] = [...question.matchAll(/(ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า) /g)].map((m) =>
      THAI_NUMBERS.indexOf(m[1] ?? ''),
    );
    await page.getByLabel(/คำถามยืนยัน/).fill(String(a + b));
    await expectAccessible(page);
    // A person takes a few seconds over the form; answers faster than that are refused as a robot's.
    await page.waitForTimeout(3500);
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.getByRole('heading', { name: 'ได้รับเรื่องแล้ว' }).waitFor();
    const referenceNo = (await page.locator('main strong').textContent()) ?? '';
    await expectAccessible(page);

    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    const api = await sessionApi(planner);
    const queue = await api.get<{ items: { referenceNo: string; origin: string; status: string }[] }>(
      '/api/v1/needs?origin=public_portal&status=received',
    );
    expect(queue.items).toContainEqual(
      expect.objectContaining({ referenceNo, origin: 'public_portal', status: 'received' }),
    );
  });

  it('reads in English too, with the same data', async () => {
    const page = await journey.newPage(PHONE);
    await page.goto('/portal/provinces/30?lang=en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nakhon Ratchasima');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    await expectAccessible(page);
  });
});
