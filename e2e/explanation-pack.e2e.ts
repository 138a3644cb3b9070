import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { pickOption } from './support/planning.js';

const journey = setupJourney();

describe('explanation pack', () => {
  it('a provincial planner produces the pack with progress and gets both files, in Thai and English', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto('/budget');
    await page.getByRole('tab', { name: 'เอกสารประกอบการชี้แจงงบประมาณ' }).click();
    await pickOption(page, page.getByTestId('pack-province'), 'นครราชสีมา', 'นครราชสีมา');
    await page.getByTestId('pack-start').click();
    await page.getByTestId('pack-download-pdf').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('pack-job').textContent()).toContain('เสร็จแล้ว');
    const pdf = await page.getByTestId('pack-download-pdf').getAttribute('href');
    const xlsx = await page.getByTestId('pack-download-xlsx').getAttribute('href');
    expect(pdf).toMatch(/^\/api\/v1\/explanation-packs\/[0-9a-f-]{36}\/pdf$/);
    expect(xlsx).toMatch(/^\/api\/v1\/explanation-packs\/[0-9a-f-]{36}\/xlsx$/);
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, pdf ?? '');
    expect(fetched).toEqual({ status: 200, type: 'application/pdf' });
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByTestId('lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    await expect.poll(() => page.getByTestId('pack-download-pdf').textContent()).toContain('Download PDF');
    expect(await blockingViolations(page)).toEqual([]);
  }, 180_000);
});
