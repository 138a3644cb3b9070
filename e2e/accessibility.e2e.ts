import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

type Listed = { items: { id: string }[] };
type PlanList = { items: { id: string; isDemo: boolean }[] };
type PlanVersions = { items: { id: string; kind: string }[] };

/** Opens `url`, waits for its h1 and for loading spinners to settle, then runs axe-core on it. */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
  return (await blockingViolations(page)).map((line) => `${url}: ${line}`);
}

/** Every screen a signed-in user reaches from the menu, plus a need and a plan with each plan tab. */
async function screensOf(page: Page): Promise<string[]> {
  const api = await sessionApi(page);
  const needs = await api.get<Listed>('/api/v1/needs?limit=1');
  const plans = await api.get<PlanList>('/api/v1/plans?provinceCode=30&scope=province');
  const plan = plans.items.find((item) => item.isDemo);
  if (!plan) {
    throw new Error('the e2e server did not seed the demo plan of นครราชสีมา');
  }
  const versions = await api.get<PlanVersions>(`/api/v1/plans/${plan.id}/versions`);
  const review = versions.items.find((item) => item.kind === 'review');
  const planTabs = ['data', 'changes', 'approval', 'outputs'].map(
    (tab) => `/plans/${plan.id}?version=${review?.id ?? ''}&tab=${tab}`,
  );
  return [
    '/',
    '/needs',
    '/needs?tab=map',
    '/needs?tab=rollup',
    `/needs/${needs.items[0]?.id ?? ''}`,
    '/plans',
    `/plans/${plan.id}`,
    ...planTabs,
    '/budget',
    '/spending',
    '/results',
    '/assets',
    '/areas',
    '/areas/30',
    '/areas/300103',
  ];
}

describe('accessibility', () => {
  it('the sign-in page has no critical or serious axe-core violation', async () => {
    const page = await journey.newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });

  // Split by language so that each test stays well within its time limit on a busy machine.
  for (const lang of ['th', 'en'] as const) {
    it(`every screen an administrator opens has no critical or serious axe-core violation (${lang})`, async () => {
      const page = await journey.newPage();
      await login(page, 'admin');
      if (lang === 'en') {
        await page.getByTestId('lang-switch').click();
        await page.locator('html[lang="en"]').waitFor();
      }
      const screens = [...(await screensOf(page)), '/agencies', '/users', '/audit', '/import'];
      const found: string[] = [];
      for (const url of screens) {
        found.push(...(await violationsOn(page, url)));
      }
      expect(found).toEqual([]);
    }, 240_000);
  }

  it('every screen a provincial planner opens has no critical or serious axe-core violation', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const found: string[] = [];
    for (const url of await screensOf(page)) {
      found.push(...(await violationsOn(page, url)));
    }
    expect(found).toEqual([]);
  });
});
