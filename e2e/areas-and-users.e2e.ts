import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, logout, pickProvince } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { pickOption } from './support/planning.js';
import { hoverProvince, paintedShare } from './support/map.js';

const journey = setupJourney();

/** The province page of นครราชสีมา: title and its 32 districts, in code order. */
async function expectKoratProvincePage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/areas/30');
  await page.getByRole('heading', { level: 1, name: /นครราชสีมา/ }).waitFor();
  const districts = page.getByTestId('child-areas').locator('tbody tr.ant-table-row');
  await districts.first().waitFor();
  expect(await districts.count()).toBe(32);
  const codes = await districts.locator('td:first-child').allTextContents();
  expect(codes).toEqual(Array.from({ length: 32 }, (_, index) => `30${String(index + 1).padStart(2, '0')}`));
  expect(await districts.first().textContent()).toContain('เมืองนครราชสีมา');
}

describe('areas', () => {
  it('clicking นครราชสีมา on the province map opens its page with 32 districts', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    const map = page.getByTestId('province-map');
    const canvas = map.locator('canvas');
    await canvas.waitFor();
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => paintedShare(canvas), { timeout: 10_000 }).toBeGreaterThan(0.02);

    // The tooltip proves the pointer is over นครราชสีมา before we click.
    const { x, y } = await hoverProvince(page, map, '30', 'นครราชสีมา');
    const tooltip = map.locator('strong', { hasText: 'นครราชสีมา' }).locator('xpath=..');
    expect(await tooltip.textContent()).toContain('อำเภอ: 32');
    await page.mouse.click(x, y);

    await expectKoratProvincePage(page);
  });

  it('the header area picker finds นครราชสีมา by name and keeps it as the global area', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    const picker = page.getByTestId('area-picker');
    await pickProvince(page, picker, 'นครราชสีมา', '30');
    await page.waitForURL((url) => url.searchParams.get('area') === '30');

    // The global area survives a reload and travels with navigation (?area=30).
    await page.reload();
    await expect.poll(() => picker.textContent(), { timeout: 10_000 }).toContain('นครราชสีมา');
    await page.getByRole('complementary').getByRole('link', { name: 'พื้นที่', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/areas' && url.searchParams.get('area') === '30');
    await page.getByTestId('areas-search').locator('input').fill('นครราชสีมา');
    await page.getByRole('link', { name: 'นครราชสีมา', exact: true }).click();

    await expectKoratProvincePage(page);
    expect(new URL(page.url()).searchParams.get('area')).toBe('30');
  });
});

const NEW_USER = {
  username: 'planner.buriram',
  displayName: 'นักวิเคราะห์แผน บุรีรัมย์ (ทดสอบ e2e)',
  password: 'buriram-e2e-2570',
};
const PLANNER_ROLE = 'นักวิเคราะห์นโยบายและแผน (สนจ.)';

describe('users', () => {
  it('admin creates a provincial planner scoped to บุรีรัมย์, who can then sign in', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    await page.getByRole('complementary').getByRole('link', { name: 'ผู้ใช้งาน', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/users');
    await page.getByTestId('users-table').locator('tbody tr.ant-table-row').first().waitFor();

    await page.getByTestId('create-user').click();
    const drawer = page.getByRole('dialog').filter({ hasText: 'เพิ่มผู้ใช้งาน' });
    await drawer.waitFor();
    await page.getByTestId('user-username').fill(NEW_USER.username);
    await page.getByTestId('user-displayName').fill(NEW_USER.displayName);
    await page.getByTestId('user-password').fill(NEW_USER.password);

    // All nine roles fit the list, so the pick needs no typing; it is tried again if a click is lost.
    await pickOption(page, page.getByTestId('user-roles'), PLANNER_ROLE);
    await page.keyboard.press('Escape');

    await pickProvince(page, page.getByTestId('user-captureScope'), 'บุรีรัมย์', '31');
    await pickProvince(page, page.getByTestId('user-viewScope'), 'บุรีรัมย์', '31');

    await page.getByTestId('user-save').click();
    await page.getByText('บันทึกข้อมูลผู้ใช้งานเรียบร้อยแล้ว').waitFor();
    await drawer.waitFor({ state: 'detached' });
    const row = page.getByTestId('users-table').locator('tbody tr', { hasText: NEW_USER.username });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain(NEW_USER.displayName);
    expect(rowText).toContain(PLANNER_ROLE);
    expect(rowText).toContain('บุรีรัมย์');
    expect(rowText).toContain('ยังไม่เคยเข้าสู่ระบบ');

    await logout(page);
    await login(page, NEW_USER.username, NEW_USER.password);
    expect(await page.getByTestId('user-menu').textContent()).toContain(NEW_USER.displayName);
    // A provincial planner does not manage users: the admin pages are not in the menu.
    const nav = page.getByRole('complementary');
    await nav.getByRole('link', { name: 'แดชบอร์ด', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'ผู้ใช้งาน', exact: true }).count()).toBe(0);
  });
});
