import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

type Created = { id: string; referenceNo: string; version: number };
type Dimension = { id: number; isActive: boolean };

describe('audit trail', () => {
  it('an auditor expands a need’s screening and reads its status before and after, side by side in Thai', async () => {
    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    const api = await sessionApi(planner);
    const dimensions = await api.get<{ items: Dimension[] }>('/api/v1/need-dimensions');
    const need = await api.post<Created>('/api/v1/needs', {
      areaCode: '300103',
      title: 'ถนนลูกรังในหมู่บ้านเป็นหลุมบ่อ รถสัญจรลำบากช่วงฤดูฝน (e2e ประวัติ)',
      description: 'ประชาคมหมู่บ้านขอปรับปรุงผิวถนน',
      origin: 'public_forum',
      sourceDocument: 'บันทึกเวทีประชาคม',
      dimensionId: dimensions.items.find((item) => item.isActive)?.id,
      households: 1250,
      people: 4100,
    });
    await api.post(
      `/api/v1/needs/${need.id}/transitions`,
      { action: 'screen' },
      { 'if-match': `"${need.version}"` },
    );

    const page = await journey.newPage();
    await login(page, 'auditor');
    await page.getByRole('complementary').getByRole('link', { name: 'ประวัติการแก้ไข', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    // The record shows as its reference number and the action in words, never as a UUID or a code.
    const row = page
      .getByTestId('audit-table')
      .locator('tr.ant-table-row', { hasText: need.referenceNo })
      .first();
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(`ความต้องการ · ${need.referenceNo}`);
    expect(rowText).toContain('กลั่นกรอง');
    expect(rowText).not.toContain(need.id);

    await row.locator('.ant-table-row-expand-icon').click();
    const change = page.getByTestId('audit-change').filter({ hasText: 'สถานะ' });
    await change.waitFor();
    const before = change.getByTestId('audit-change-before');
    const after = change.getByTestId('audit-change-after');
    expect(await before.textContent()).toBe('รับเรื่องแล้ว');
    expect(await after.textContent()).toBe('กลั่นกรองแล้ว');

    // Side by side, on the same line, and both within the window: no table a million pixels wide.
    const [beforeBox, afterBox] = await Promise.all([before.boundingBox(), after.boundingBox()]);
    const width = page.viewportSize()?.width ?? 0;
    expect(beforeBox && afterBox).toBeTruthy();
    expect(Math.abs((beforeBox?.y ?? 0) - (afterBox?.y ?? 1))).toBeLessThan(2);
    expect(afterBox?.x ?? 0).toBeGreaterThan((beforeBox?.x ?? 0) + (beforeBox?.width ?? 0));
    expect((afterBox?.x ?? Infinity) + (afterBox?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
