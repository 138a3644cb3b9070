import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { transferAsset } from './support/asset-transfer.js';
import { setupJourney } from './support/journey.js';
import { pickOption } from './support/planning.js';

const journey = setupJourney();

describe('asset transfer and the golden thread', () => {
  it('a planner takes a registered demo asset to "transferred" with its letters, then follows its thread', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto(`${journey.baseUrl}/assets`);
    const status = page.getByRole('combobox', { name: 'สถานะ' });
    await pickOption(page, page.locator('.ant-select', { has: status }), 'ขึ้นทะเบียนแล้ว');
    const first = page.locator('tbody tr', { hasText: 'ขึ้นทะเบียนแล้ว' }).first().getByRole('link');
    await first.click();
    await transferAsset(page, { acceptance: 'นม 0023.3/101', approval: 'นม 0017/202', done: 'นม 0017/303' });
    expect(await page.getByTestId('asset-transfer-form').count()).toBe(0);
    await page.getByTestId('asset-thread-link').click();
    await page.getByTestId('golden-thread').waitFor();
    await expect.poll(() => page.getByTestId('thread-money').textContent()).toContain('บาท');
    await expect.poll(() => page.getByTestId('golden-thread').textContent()).toContain('โอนแล้ว');
  });
});
