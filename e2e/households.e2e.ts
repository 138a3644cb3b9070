import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

describe('household cases', () => {
  it('a planner sees a case masked, the provincial head shows a member after a reason, the auditor reads the unmasking', async () => {
    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    await planner.getByRole('complementary').getByRole('link', { name: 'ครัวเรือนเป้าหมาย' }).click();
    await planner.waitForURL((url) => url.pathname === '/households');
    await planner.getByTestId('household-candidates').locator('tr.ant-table-row').first().waitFor();
    const firstCase = planner.getByTestId('households-list').locator('tr.ant-table-row a').first();
    await firstCase.waitFor();
    await firstCase.click();
    await planner.waitForURL((url) => url.pathname.startsWith('/households/'));
    const caseUrl = planner.url();
    const members = planner.getByTestId('household-members');
    await members.locator('tr.ant-table-row').first().waitFor();
    const maskedText = (await members.textContent()) ?? '';
    expect(maskedText).toContain('X-XXXX-XXXXX-');
    expect(maskedText).not.toContain('ข้อมูลตัวอย่าง');
    // A planner works the case but has no right to see who is in it.
    expect(await planner.getByRole('button', { name: /^แสดงข้อมูล / }).count()).toBe(0);
    await planner.getByTestId('visit-note').fill('เยี่ยมบ้าน ครอบครัวยังต้องการน้ำสะอาด (e2e)');
    await planner.getByTestId('visit-submit').click();
    await planner.getByText('เยี่ยมบ้าน ครอบครัวยังต้องการน้ำสะอาด (e2e)').first().waitFor();

    const head = await journey.newPage();
    await login(head, 'head.korat');
    await head.goto(caseUrl);
    await head
      .getByRole('button', { name: /^แสดงข้อมูล / })
      .first()
      .click();
    const confirm = head.getByTestId('unmask-submit');
    expect(await confirm.isDisabled()).toBe(true);
    await head.getByTestId('unmask-reason').fill('ตรวจสอบสิทธิ์ก่อนส่งต่อเบี้ยยังชีพ (e2e)');
    await confirm.click();
    const shown = head.getByTestId('unmasked');
    await shown.waitFor();
    const clear = (await shown.textContent()) ?? '';
    // Demo people: an id number starting with 0 (no real one does) and a made-up surname.
    expect(clear).toMatch(/0-\d{4}-\d{5}-\d{2}-\d/);
    expect(clear).toContain('ข้อมูลตัวอย่าง');
    await head.getByTestId('unmask-close').click();

    const auditor = await journey.newPage();
    await login(auditor, 'auditor');
    await auditor.goto(`${journey.baseUrl}/audit`);
    const row = auditor
      .getByTestId('audit-table')
      .locator('tr.ant-table-row', { hasText: 'เปิดดูข้อมูลส่วนบุคคล' })
      .first();
    await row.waitFor();
    expect((await row.textContent()) ?? '').not.toContain('ข้อมูลตัวอย่าง');
  });
});
