import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

type PlanList = { items: { id: string; isDemo: boolean }[] };

describe('plan tree', () => {
  it('choosing a node low on the page keeps the page where it is', async () => {
    const page = await journey.newPage({ width: 1280, height: 560 });
    await login(page, 'planner.korat');
    const api = await sessionApi(page);
    const plans = await api.get<PlanList>('/api/v1/plans?provinceCode=30&scope=province');
    const plan = plans.items.find((item) => item.isDemo);
    await page.goto(`/plans/${plan?.id ?? ''}`);
    const titles = page.locator('[data-testid^="plan-node-"]');
    await titles.first().waitFor();
    expect(await titles.count()).toBeGreaterThan(3);

    const node = titles.last();
    await node.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await node.click();
    await page.waitForURL((url) => url.searchParams.has('node'));
    await expect.poll(() => page.locator('.ant-tree-treenode-selected').count()).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});
