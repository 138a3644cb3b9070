import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { pickOption } from './support/planning.js';

const journey = setupJourney();

describe('the asset register’s map and backlog', () => {
  it('a planner filters the register by province, sees it on the map and lists the overdue checks', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/assets`);
    await pickOption(page, page.getByTestId('assets-province'), 'นครราชสีมา', 'นครราชสีมา');
    await expect.poll(() => page.getByTestId('assets-totals').textContent()).toMatch(/\d/);
    expect(await page.getByTestId('assets-export').getAttribute('href')).toContain('provinceCode=30');
    await page.getByTestId('assets-view').getByText('แผนที่').click();
    await page.getByTestId('assets-map').locator('canvas').waitFor();
    await expect.poll(() => page.getByTestId('assets-map-unplaced').textContent()).toMatch(/\d/);
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByTestId('assets-view').getByText('ค้างตรวจสอบ/ค้างโอน').click();
    const overdue = page.getByTestId('assets-backlog').locator('tbody tr a');
    await overdue.first().waitFor();
    expect(await overdue.count()).toBeGreaterThan(0);
  });
});
