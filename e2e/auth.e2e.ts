import { describe, expect, it } from 'vitest';
import { DISPLAY_NAMES, login, logout, submitLogin } from './support/app.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

describe('sign-in', () => {
  it('admin signs in to the dashboard, a wrong password is refused in Thai, and logout returns to login', async () => {
    const page = await journey.newPage();

    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await submitLogin(page, 'admin', 'not-the-password');
    await page.getByText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.getByTestId('login-password').fill('areaplan-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('province-map').locator('canvas').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(
      /^แดชบอร์ด · ปีงบประมาณ พ.ศ. 25\d\d$/,
    );
    expect(await page.getByTestId('user-menu').textContent()).toContain(DISPLAY_NAMES.admin);

    await logout(page);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.goto('/users');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-username').waitFor();
  });
});

describe('language', () => {
  it('switches the interface to English and back, and the choice survives a reload', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    const nav = page.getByRole('complementary');
    const agenciesThai = nav.getByRole('link', { name: 'หน่วยงาน', exact: true });
    const agenciesEnglish = nav.getByRole('link', { name: 'Agencies', exact: true });
    const langSwitch = page.getByTestId('lang-switch');

    await agenciesThai.waitFor();
    expect(await langSwitch.getAttribute('aria-checked')).toBe('false');
    await langSwitch.click();
    await agenciesEnglish.waitFor();
    expect(await agenciesThai.count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await agenciesEnglish.waitFor();
    expect(await langSwitch.getAttribute('aria-checked')).toBe('true');
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(
      /^Dashboard · FY 20\d\d \(BE 25\d\d\)$/,
    );

    await langSwitch.click();
    await agenciesThai.waitFor();
    await page.reload();
    await agenciesThai.waitFor();
    expect(await agenciesEnglish.count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
  });
});
