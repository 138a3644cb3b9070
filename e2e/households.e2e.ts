import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { clickUntilShown, sessionApi } from './support/planning.js';

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
    const shown = head.getByTestId('unmasked');
    await clickUntilShown(head, confirm, shown);
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

type Detail = { members: { id: string }[] };

describe('personal data under PDPA', () => {
  it('the provincial head reports on one person and exports with a reason; the planner reads the retention rule; the administrator changes it', async () => {
    const head = await journey.newPage();
    await login(head, 'head.korat');
    const api = await sessionApi(head);
    const list = await api.get<{ items: { id: string }[] }>(
      '/api/v1/households?provinceCode=30&status=identified&limit=1',
    );
    const detail = await api.get<Detail>(`/api/v1/households/${list.items[0]?.id}`);
    const member = detail.members[0]?.id ?? '';
    const clear = await api.post<{ nationalId: string }>(`/api/v1/household-members/${member}/unmask`, {
      reason: 'ตรวจสอบก่อนตอบคำขอของเจ้าของข้อมูล (e2e)',
    });

    await head.getByRole('complementary').getByRole('link', { name: 'ครัวเรือนเป้าหมาย' }).click();
    await head.getByRole('link', { name: 'รายงานข้อมูลของเจ้าของข้อมูล' }).click();
    await head.waitForURL((url) => url.pathname === '/households/subject-access');
    const submit = head.getByTestId('subject-access-submit');
    await head.getByTestId('subject-national-id').fill(clear.nationalId);
    expect(await submit.isDisabled()).toBe(true);
    await head.getByTestId('subject-reason').fill('เจ้าของข้อมูลยื่นคำขอตามมาตรา 30 (e2e)');
    await submit.click();
    const record = head.getByTestId('subject-access-record').first();
    await record.waitFor();
    expect(await record.textContent()).toContain('ข้อมูลตัวอย่าง');
    const disclosures = record.getByTestId('subject-access-disclosures');
    await disclosures.getByText('ตรวจสอบก่อนตอบคำขอของเจ้าของข้อมูล (e2e)').waitFor();
    expect(await blockingViolations(head)).toEqual([]);

    await head.goBack();
    await head.waitForURL((url) => url.pathname === '/households');
    await head.getByTestId('personal-export').click();
    const confirm = head.getByTestId('personal-export-submit');
    expect(await confirm.isDisabled()).toBe(true);
    await head.getByTestId('personal-export-reason').fill('ส่งรายชื่อให้ พมจ. เพื่อจ่ายเบี้ยยังชีพ (e2e)');
    expect(await blockingViolations(head)).toEqual([]);
    const [download] = await Promise.all([head.waitForEvent('download'), confirm.click()]);
    expect(download.suggestedFilename()).toBe('household-members-30.xlsx');

    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    await planner.goto(`${journey.baseUrl}/households`);
    await planner.getByTestId('households-list').locator('tr.ant-table-row').first().waitFor();
    expect(await planner.getByTestId('personal-export').count()).toBe(0);
    expect(await planner.getByRole('link', { name: 'รายงานข้อมูลของเจ้าของข้อมูล' }).count()).toBe(0);
    await planner.getByRole('link', { name: 'ระยะเวลาเก็บข้อมูลส่วนบุคคล' }).click();
    await planner.getByTestId('retention-settings').getByText('5 ปี').waitFor();
    await planner.getByText('เฉพาะผู้ดูแลระบบเปลี่ยนระยะเวลาได้', { exact: false }).waitFor();
    expect(await planner.getByTestId('retention-change').count()).toBe(0);
    await planner.getByTestId('lang-switch').click();
    await planner
      .getByText('Only the system administrator may change the period', { exact: false })
      .waitFor();
    expect(await blockingViolations(planner)).toEqual([]);

    const admin = await journey.newPage();
    await login(admin, 'admin');
    await admin.goto(`${journey.baseUrl}/households/retention`);
    await admin.getByTestId('retention-years').fill('6');
    await admin.getByTestId('retention-save').click();
    await admin.getByTestId('retention-settings').getByText('6 ปี').waitFor();
    expect(await blockingViolations(admin)).toEqual([]);
  });
});
