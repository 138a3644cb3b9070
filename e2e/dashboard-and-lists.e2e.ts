import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

describe('a scoped planner’s home and lists', () => {
  it('a Korat planner sees the province’s work, not national counts or zero villages', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const work = page.getByTestId('province-work');
    await work.waitFor();
    expect(await work.textContent()).toContain('นครราชสีมา');
    await page.getByTestId('work-needs-received').waitFor();
    await page.getByTestId('summary-districts').waitFor();
    expect(await page.getByTestId('summary-districts').textContent()).toContain('32');
    expect(await page.getByTestId('summary-provinces').count()).toBe(0);
    // The demo seeds villages in the province: their count shows (a card that would read 0 is left out).
    expect(await page.getByTestId('summary-villages').textContent()).toMatch(/[1-9]/);
    // With no area picked, the header speaks of the planner's own areas, not the whole country.
    expect(await page.getByTestId('area-picker').textContent()).toContain('ทุกพื้นที่ที่รับผิดชอบ');
  });

  it('the areas list explains an empty search and exports what it shows to Excel', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/areas`);
    await page.getByTestId('areas-search').locator('input').fill('ไม่มีพื้นที่ชื่อนี้');
    const empty = page.getByTestId('list-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('ไม่มีพื้นที่ชื่อนี้');
    expect(await blockingViolations(page)).toEqual([]);
    await empty.getByRole('button', { name: 'ล้างตัวกรอง' }).waitFor();
    await page.getByTestId('areas-search').locator('input').fill('');
    await page.locator('tbody tr.ant-table-row').first().waitFor();

    // The export carries the list's filters (the province level shown by default).
    const href = await page.getByTestId('areas-export').getAttribute('href');
    expect(href).toBe('/api/v1/areas/export?level=province');
    const download = await page.request.get(`${journey.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
  });

  it('a missing need says so and leads back to the needs list', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/needs/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('record-missing').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByTestId('record-back').click();
    await page.waitForURL((url) => url.pathname === '/needs');
  });
});

describe('counts that open their lists', () => {
  it('a Korat planner’s “rules failing” opens the projects failing a blocking rule', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    // The demo's projects heading to the request are of FY 2569.
    await page.goto(`${journey.baseUrl}/?fy=2569`);
    const count = page.getByTestId('home-rulesFailing');
    await count.waitFor();
    expect(await count.textContent()).toMatch(/[1-9]/);
    await count.click();
    await page.waitForURL((url) => url.pathname === '/rules-failing');
    const list = page.getByTestId('rules-failing');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await list.locator('.ant-tag').count()).toBeGreaterThan(0);
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('the cluster office’s “rules failing” opens its cluster’s projects failing a blocking rule', async () => {
    const page = await journey.newPage();
    await login(page, 'cluster.nelower1');
    await page.goto(`${journey.baseUrl}/?fy=2569`);
    const count = page.getByTestId('home-rulesFailing');
    await count.waitFor();
    expect(await count.textContent()).toMatch(/[1-9]/);
    await count.click();
    await page.waitForURL((url) => url.pathname === '/rules-failing' && url.searchParams.has('cluster'));
    const list = page.getByTestId('rules-failing');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('heading', { level: 1, name: /ตอนล่าง 1/ }).waitFor();
    expect(await list.locator('.ant-tag').count()).toBeGreaterThan(0);
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('the cluster office’s other counts open its cluster’s lists, its needs its member provinces’', async () => {
    const page = await journey.newPage();
    await login(page, 'cluster.nelower1');
    const home = `${journey.baseUrl}/?fy=2569`;
    const opens = async (key: string, pathname: string) => {
      await page.goto(home);
      await page.getByTestId(`home-${key}`).click();
      await page.waitForURL((url) => url.pathname === pathname);
      const url = new URL(page.url());
      expect(url.searchParams.has('area'), key).toBe(false);
      return url;
    };
    for (const [key, pathname] of [
      ['draftPlans', '/plans'],
      ['actionPlansOverCeiling', '/action-plans'],
    ] as const) {
      expect((await opens(key, pathname)).searchParams.has('cluster'), key).toBe(true);
      await page
        .getByTestId('cluster-filter')
        .getByText(/ตอนล่าง 1/)
        .waitFor();
    }
    await page.goto(home);
    const dueText = page.getByTestId('home-reportsDue').locator('.ant-statistic-content-value');
    const due = Number((await dueText.textContent())?.replace(/\D/g, ''));
    const results = await opens('reportsDue', '/results');
    expect(results.searchParams.has('cluster')).toBe(true);
    expect(results.searchParams.get('quarter')).toBe('4');
    const missing = page.getByTestId('results-missing');
    await missing.waitFor();
    await expect.poll(() => missing.locator('tbody tr.ant-table-row').count()).toBe(due);
    await page.goto(home);
    const toScreenText = page.getByTestId('home-needsToScreen').locator('.ant-statistic-content-value');
    const toScreen = (await toScreenText.textContent())?.replace(/\D/g, '');
    expect(toScreen).toMatch(/^[1-9]\d*$/);
    const needs = await opens('needsToScreen', '/needs');
    expect(needs.searchParams.get('status')).toBe('received');
    expect(needs.searchParams.has('cluster')).toBe(true);
    const clusterTag = page.getByTestId('cluster-filter');
    await clusterTag.getByText(/ตอนล่าง 1/).waitFor();
    const total = page.locator('.ant-pagination-total-text');
    await expect.poll(async () => (await total.textContent())?.replace(/\D/g, '')).toBe(toScreen);
    // The summary tab keeps the cluster: its tag shows and its table sums the member provinces.
    await page.goto(`${needs.pathname}${needs.search}&tab=rollup`);
    await page
      .getByTestId('cluster-filter')
      .getByText(/ตอนล่าง 1/)
      .waitFor();
    await page.getByTestId('need-rollup-table').getByText('นครราชสีมา').first().waitFor();
    expect(await blockingViolations(page)).toEqual([]);
    await page.goto(`${needs.pathname}${needs.search}`);
    // Closing the tag lists the whole view again.
    await clusterTag.locator('.ant-tag-close-icon').click();
    await page.waitForURL((url) => url.pathname === '/needs' && !url.searchParams.has('cluster'));
    expect(await page.getByTestId('cluster-filter').count()).toBe(0);
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('the nation’s overview lists its provinces’ loose ends, each opening that province', async () => {
    const page = await journey.newPage();
    await login(page, 'analyst');
    await page.goto(`${journey.baseUrl}/overview`);
    const card = page.getByTestId('overview-orphans');
    await card.waitFor();
    const rows = page.getByTestId('overview-orphans-provinces').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.first().locator('a').first().getAttribute('href')).toMatch(/^\/results\?.*area=\d{2}/);
    expect(await blockingViolations(page)).toEqual([]);
  });
});
