import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

type Listed = { items: { id: string; isDemo?: boolean; kind?: string }[] };

/** What a reader should never see: raw codes, unformatted big numbers, years without their era. */
const DEFECTS: [string, RegExp][] = [
  ['raw code', /\b[a-z]+_[a-z_]+\b/],
  // Digits inside a word (an id such as a UUID's hex) are not a number a reader reads.
  ['number without thousands separators', /(?<![\p{L}\d,.\-/])\d{7,}(?![\p{L}\d,])/u],
  ['missing value', /\b(undefined|NaN|null)\b/],
  ['fiscal year without its era', /\bFY ?\d{4}\b(?! \(BE \d{4}\))/],
];

async function screens(page: Page): Promise<string[]> {
  const api = await sessionApi(page);
  const needs = await api.get<Listed>('/api/v1/needs?limit=1');
  const plans = await api.get<Listed>('/api/v1/plans?provinceCode=30&scope=province');
  const plan = plans.items.find((item) => item.isDemo)?.id ?? '';
  const versions = await api.get<Listed>(`/api/v1/plans/${plan}/versions`);
  const review = versions.items.find((item) => item.kind === 'review')?.id ?? '';
  return [
    '/',
    '/overview',
    '/overview?level=province&code=30',
    '/needs',
    '/needs?tab=rollup',
    `/needs/${needs.items[0]?.id ?? ''}`,
    '/plans',
    ...['structure', 'data', 'changes', 'approval', 'outputs'].map(
      (tab) => `/plans/${plan}?version=${review}&tab=${tab}`,
    ),
    '/areas',
    '/areas/300910',
    '/agencies',
    '/users',
    '/audit',
  ];
}

/** The page's main text with each defect found, one line per finding. */
async function defectsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
  const text = await page.locator('.ant-layout-content').first().innerText();
  return text
    .split('\n')
    .flatMap((line) =>
      DEFECTS.filter(([, pattern]) => pattern.test(line)).map(([name]) => `${url}: ${name}: ${line}`),
    );
}

describe('every screen reads as words in both languages', () => {
  for (const lang of ['th', 'en'] as const) {
    it(`shows no raw code, ungrouped number or era-less year (${lang})`, async () => {
      const page = await journey.newPage();
      await login(page, 'admin');
      if (lang === 'en') {
        await page.getByTestId('lang-switch').click();
        await page.locator('html[lang="en"]').waitFor();
      }
      const found: string[] = [];
      for (const url of await screens(page)) {
        found.push(...(await defectsOn(page, url)));
      }
      expect(found).toEqual([]);
      // The area page with a reference check (its tag) is accessible too.
      await page.goto('/areas/300910');
      await page.getByTestId('area-reference-check').waitFor();
      expect(await blockingViolations(page)).toEqual([]);
    }, 300_000);
  }
});
