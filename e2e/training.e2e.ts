import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

describe('personnel development', () => {
  it('a participant passes the knowledge check, downloads a certificate, and sees untrained roles', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.getByRole('complementary').getByRole('link', { name: 'การพัฒนาบุคลากร' }).click();
    await page.waitForURL((url) => url.pathname === '/training');
    // Nobody of นครราชสีมา in the agency-officer role has been trained on asset transfer.
    const untrained = page.getByTestId('training-untrained');
    await untrained
      .locator('tr.ant-table-row', { hasText: 'การโอนทรัพย์สิน' })
      .filter({ hasText: 'เจ้าหน้าที่หน่วยงาน' })
      .waitFor();

    const provincial = page
      .getByTestId('training-events')
      .locator('tr.ant-table-row', { hasText: 'อบรมการจัดซื้อจัดจ้าง' });
    await provincial.locator('.ant-table-row-expand-icon').click();
    const check = page.getByTestId('training-check');
    await check.getByText('1. โครงการสำคัญต้องรายงานผลพร้อมสิ่งใด').waitFor();
    await check.getByLabel('ตัวเลขผลการดำเนินงานและภาพถ่าย').check();
    await check.getByLabel('ตรวจรับพัสดุให้ถูกต้องครบถ้วนตามสัญญา').check();
    await check.getByLabel('รอบที่ยังไม่ถึงกำหนด').check();
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByTestId('training-check-submit').click();
    await expect
      .poll(() => page.getByTestId('training-check-result').textContent())
      .toContain('ผ่านแบบทดสอบ ได้ 2 จาก 3 คะแนน');
    const participants = page.getByTestId('training-participants');
    await participants.getByText('2/3').waitFor();

    const href = await participants.getByTestId('training-certificate').first().getAttribute('href');
    const certificate = await page.request.get(`${journey.baseUrl}${href ?? ''}`);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()['content-type']).toBe('application/pdf');
    expect((await certificate.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
