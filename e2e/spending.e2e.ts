import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { provinceMapPosition } from './support/map.js';

const journey = setupJourney();

/** Painted (non-white, non-transparent) pixels of a chart's canvas: an empty chart has next to none. */
async function paintedPixels(chart: Locator): Promise<number> {
  return chart
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) {
        return 0;
      }
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 0 && (r < 235 || g < 235 || b < 235)) {
          painted += 1;
        }
      }
      return painted;
    });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

describe('spending acceleration', () => {
  it('a planner sees the S-curve, the map against target and the ranking, and drills into the province', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/spending?fy=2569`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const curve = page.getByTestId('spending-s-curve');
    await curve.waitFor();
    await expect.poll(() => paintedPixels(curve), { timeout: 15_000 }).toBeGreaterThan(2000);
    const map = page.getByTestId('spending-map');
    await map.waitFor();
    await expect.poll(() => paintedPixels(map), { timeout: 15_000 }).toBeGreaterThan(2000);
    const ranking = page.locator('section[aria-labelledby="spending-ranking-title"]');
    await expect.poll(() => ranking.textContent(), { timeout: 15_000 }).toContain('นครราชสีมา');
    await expect
      .poll(() => page.locator('section[aria-labelledby="spending-warnings-title"]').textContent())
      .toContain('เสี่ยง');
    await expectAccessible(page);

    const shots = mkdtempSync(join(tmpdir(), 'areaplan-spending-e2e-'));
    writeFileSync(join(shots, 'spending.png'), await page.screenshot({ fullPage: true }));
    console.info(`spending page screenshot: ${join(shots, 'spending.png')}`);

    await map.scrollIntoViewIfNeeded();
    const where = await provinceMapPosition(page, map, '30');
    await page.mouse.click(where.x, where.y);
    await page.getByTestId('spending-report-pdf').waitFor();
    expect(await page.getByTestId('spending-report-pdf').getAttribute('href')).toContain('provinceCode=30');
    await expect.poll(() => paintedPixels(curve)).toBeGreaterThan(2000);
    await page.getByTestId('notification-bell').waitFor();
    await expectAccessible(page);
  });
});
