import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every demo account's password (README: demo data only). */
export const DEMO_PASSWORD = 'areaplan-demo';

/** Display names the demo seed gives (server/db/seed/accounts.ts). */
export const DISPLAY_NAMES = {
  admin: 'ผู้ดูแลระบบ',
} as const;

/** Fills and submits the login form (opening /login first unless the page already shows it). */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!(await page.getByTestId('login-username').isVisible())) {
    await page.goto('/login');
  }
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the login page and waits until the app shell (user menu) is shown. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLogin(page, username, password);
  await page.getByTestId('user-menu').waitFor();
}

/** Signs out with the header button and waits for the login form. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

/**
 * Chooses a province in an area TreeSelect (header picker or scope picker) by typing its Thai name
 * and clicking the search hit, which the app titles "<name> (จังหวัด <code>)".
 */
export async function pickProvince(page: Page, select: Locator, name: string, code: string): Promise<void> {
  await select.click();
  await page.keyboard.type(name);
  await page.locator(`.ant-select-dropdown:visible [title="${name} (จังหวัด ${code})"]`).click();
  // A multiple select keeps its list open; close it so it does not cover the next field.
  await page.keyboard.press('Escape');
  await expect.poll(() => select.textContent()).toContain(name);
}
