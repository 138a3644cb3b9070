import type { Overview } from '../domain/dashboards/overview.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
}

describe('dashboards', () => {
  it('the centre drills from the nation to a project in three clicks, each screen accessible', async () => {
    const page = await journey.newPage();
    // The administrator is a centre user too; the analyst's read-only project form has disabled
    // location tags below the contrast minimum (the project page's, reported to its owner).
    await login(page, 'admin');
    // The centre's home is the nation at a glance, each figure opening its list.
    await page.getByTestId('nation-card').getByTestId('metric-needs').waitFor();
    await expectAccessible(page);

    const korat = (await (
      await page.request.get(
        `${journey.baseUrl}/api/v1/dashboards/overview?fiscalYear=2569&level=province&code=30`,
      )
    ).json()) as Overview;
    const cluster = korat.path.find((unit) => unit.level === 'cluster');
    expect(cluster?.code).toBeTruthy();

    await page.goto(`${journey.baseUrl}/overview?fy=2569`);
    await page.getByTestId('overview-chart').locator('canvas').waitFor();
    expect(await heading(page)).toContain('ทั้งประเทศ');
    await page.getByTestId('overview-map').locator('canvas').waitFor();
    await expectAccessible(page);

    // Click 1: the cluster.
    await page.getByTestId(`drill-${cluster?.code}`).click();
    await expect.poll(() => heading(page)).toContain(cluster?.nameTh ?? '?');
    expect(await page.getByTestId('overview-breadcrumb').textContent()).toContain('ทั้งประเทศ');
    await page.getByTestId('drill-30').waitFor();
    await expectAccessible(page);

    // Click 2: the province.
    await page.getByTestId('drill-30').click();
    await expect.poll(() => heading(page)).toContain('นครราชสีมา');
    const project = page
      .getByTestId('overview-projects')
      .locator('a[data-testid^="overview-project-"]')
      .first();
    await project.waitFor();
    await expectAccessible(page);

    // Click 3: a project of the province.
    const code = ((await project.getAttribute('data-testid')) ?? '').replace('overview-project-', '');
    await project.click();
    await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain(code);
    await expectAccessible(page);
  });

  it('the comparison has a table view with the same figures and downloads as Excel', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    // A province user starts at their own province.
    await page.goto(`${journey.baseUrl}/overview?fy=2569`);
    await expect.poll(() => heading(page)).toContain('นครราชสีมา');
    await page.getByTestId('overview-chart').locator('canvas').waitFor();
    await page.getByTestId('overview-view').getByText('ตาราง').click();
    const table = page.getByTestId('overview-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(20);
    expect(await table.textContent()).toContain('เมืองนครราชสีมา');
    await expectAccessible(page);

    const href = (await page.getByTestId('overview-export').getAttribute('href')) ?? '';
    expect(href).toContain('level=province');
    const download = await page.request.get(`${journey.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');

    // A district keeps needs only, and says so.
    await page.getByTestId('drill-3001').click();
    await expect.poll(() => heading(page)).toContain('เมืองนครราชสีมา');
    await page.getByTestId('overview-projects').waitFor();
    await expectAccessible(page);
  });

  it('a planner’s home counts what waits and each count opens its list', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const toScreen = page.getByTestId('home-needsToScreen');
    await toScreen.waitFor();
    await page.getByTestId('home-draftPlans').waitFor();
    await expectAccessible(page);
    await toScreen.click();
    await page.waitForURL(
      (url) => url.pathname === '/needs' && url.searchParams.get('status') === 'received',
    );
    expect(new URL(page.url()).searchParams.get('area')).toBe('30');
  });

  it('an approver’s home counts the documents awaiting the committee', async () => {
    const page = await journey.newPage();
    await login(page, 'head.korat');
    await page.getByTestId('home-plansAwaitingDecision').waitFor();
    await page.getByTestId('home-actionPlansAwaitingDecision').waitFor();
    expect(await page.getByTestId('home-work').textContent()).toContain('เอกสารรอการพิจารณา');
    await expectAccessible(page);
  });
});
