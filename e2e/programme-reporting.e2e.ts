import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

// A 1×1 PNG, the photo the province sends with its figures.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('programme reporting', () => {
  it('a province corrects a period with a photo and the national ranking follows', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.getByRole('complementary').getByRole('link', { name: 'โครงการสำคัญ/เฉลิมพระเกียรติ' }).click();
    await page.waitForURL((url) => url.pathname === '/programmes');
    const ranking = page.getByTestId('programme-ranking');
    await ranking.locator('tr.ant-table-row', { hasText: 'นครราชสีมา' }).waitFor();
    expect(await ranking.locator('tr.ant-table-row').first().textContent()).toContain('100');
    // The reporting step's side panel names the provision it rests on.
    await page.getByTestId('regulations-panel').getByText('ข้อ 3 การรายงานผล').waitFor();

    await page.getByTestId('programme-report-period').click();
    await page.getByTitle(/^รอบที่ 1 /).click();
    const sources = page.getByTestId('figure-sacred_sources');
    await expect.poll(() => sources.inputValue()).toBe('3');
    await sources.fill('1');
    await page
      .getByTestId('programme-report-form')
      .locator('input[type=file]')
      .setInputFiles({ name: 'คลองสวย.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByTestId('programme-report-submit').click();
    await page.getByText('บันทึกรายงานแล้ว').waitFor();
    // Sacred sources fall to 7 of 9 (77.8%); the mean of six indicators is 96.3.
    await ranking.locator('tr.ant-table-row', { hasText: '96.3' }).waitFor();

    const centre = await journey.newPage();
    await login(centre, 'analyst');
    await centre.goto(`${journey.baseUrl}/programmes`);
    const national = centre.getByTestId('programme-ranking');
    await national.locator('tr.ant-table-row', { hasText: 'เชียงใหม่' }).waitFor();
    const first = (await national.locator('tr.ant-table-row').first().textContent()) ?? '';
    expect(first).toContain('นครราชสีมา');
    expect(first).toContain('96.3');
    const late = (await centre.getByTestId('programme-late').textContent()) ?? '';
    expect(late).toContain('ขอนแก่น');
    expect(late).not.toContain('นครราชสีมา');
    // The centre's map paints every province with a target; the summary report prints nationally.
    await centre.getByTestId('programme-map').locator('canvas').waitFor();
    const href = await centre.getByTestId('programme-summary-pdf').getAttribute('href');
    expect(href).not.toContain('provinceCode');
    const summary = await centre.request.get(`${journey.baseUrl}${href ?? ''}`);
    expect(summary.status()).toBe(200);
    expect(summary.headers()['content-type']).toBe('application/pdf');
  });
});
