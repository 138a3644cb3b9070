import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

type Listed = { items: { id: string; isDemo?: boolean; kind?: string; status?: string }[] };

describe('KPI inputs', () => {
  it('writes typed targets and baselines with thousands separators and reads Thai digits', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const api = await sessionApi(page);
    const plans = await api.get<Listed>('/api/v1/plans?provinceCode=30&scope=province');
    const plan = plans.items.find((item) => item.isDemo)?.id ?? '';
    const versions = await api.get<Listed>(`/api/v1/plans/${plan}/versions`);
    const review = versions.items.find((item) => item.kind === 'review')?.id ?? '';
    await page.goto(`/plans/${plan}?version=${review}`);
    const kpi = page.locator('[data-testid^="plan-node-kpi-"]').first();
    await kpi.waitFor();
    await kpi.click();

    const target = page.locator('[data-testid^="plan-target-"][data-testid$="-plan"]').first();
    await target.fill('1234567.5');
    expect(await target.inputValue()).toBe('1,234,567.5');
    await target.fill('๒๕๐๐๐');
    await target.blur();
    expect(await target.inputValue()).toBe('25,000');

    const baseline = page.getByLabel('ค่าฐาน', { exact: true });
    await baseline.fill('9876543');
    expect(await baseline.inputValue()).toBe('9,876,543');
  });
});
