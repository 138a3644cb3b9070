import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { sessionApi, type SessionApi } from './support/planning.js';

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

async function checkAll(page: Page, screens: string[]): Promise<void> {
  const found: string[] = [];
  for (const url of screens) {
    found.push(...(await violationsOn(page, url)));
  }
  expect(found).toEqual([]);
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

/** The first record's page of a list the user sees (the demo seeds each of them for both users). */
async function firstOf(api: SessionApi, list: string, page: (id: string) => string): Promise<string> {
  const { items } = await api.get<Listed>(list);
  if (!items[0]) {
    throw new Error(`${list} is empty: the demo should give this user a record to open`);
  }
  return page(items[0].id);
}

/** The screens of the modules after planning: projects to results, each list and one record of each. */
async function moduleScreensOf(page: Page): Promise<string[]> {
  const api = await sessionApi(page);
  const asset = await firstOf(api, '/api/v1/assets?limit=1', (id) => id);
  return [
    '/overview',
    '/projects',
    '/projects/new',
    await firstOf(api, '/api/v1/projects?limit=1', (id) => `/projects/${id}`),
    '/action-plans',
    await firstOf(api, '/api/v1/action-plans', (id) => `/action-plans/${id}`),
    '/committees',
    await firstOf(api, '/api/v1/committees?limit=1', (id) => `/committees/${id}`),
    await firstOf(api, '/api/v1/meetings?limit=1', (id) => `/meetings/${id}`),
    '/households',
    await firstOf(api, '/api/v1/households?limit=1', (id) => `/households/${id}`),
    '/indicators',
    '/regulations',
    '/training',
    '/programmes',
    `/assets/${asset}`,
    `/thread/assets/${asset}`,
    // Still a "coming soon" page in the menu (meetings open from their committee).
    '/meetings',
  ];
}

async function signIn(username: string, lang: 'th' | 'en' = 'th'): Promise<Page> {
  const page = await journey.newPage();
  await login(page, username);
  if (lang === 'en') {
    await page.getByTestId('lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
  }
  return page;
}

describe('accessibility', () => {
  it('the sign-in page has no critical or serious axe-core violation', async () => {
    const page = await journey.newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });

  // Split by language and by module group so that each test stays well within its time limit on a
  // busy machine.
  for (const lang of ['th', 'en'] as const) {
    it(`every planning screen an administrator opens has no critical or serious axe-core violation (${lang})`, async () => {
      const page = await signIn('admin', lang);
      await checkAll(page, [...(await screensOf(page)), '/agencies', '/users', '/audit', '/import']);
    }, 240_000);

    it(`every screen of the later modules an administrator opens has its h1 and no critical or serious axe-core violation (${lang})`, async () => {
      const page = await signIn('admin', lang);
      await checkAll(page, await moduleScreensOf(page));
    }, 240_000);
  }

  it('every screen a provincial planner opens has no critical or serious axe-core violation', async () => {
    const page = await signIn('planner.korat');
    await checkAll(page, await screensOf(page));
  }, 240_000);

  it('every screen of the later modules a provincial planner opens has no critical or serious axe-core violation', async () => {
    const page = await signIn('planner.korat');
    await checkAll(page, await moduleScreensOf(page));
  }, 240_000);
});
