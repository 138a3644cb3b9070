import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Launches Debian's Chromium (or CHROMIUM_PATH); playwright-core never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A page in a fresh context (own cookies and storage), Thai locale and Bangkok time. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    baseURL,
    viewport,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    acceptDownloads: false,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** File-system safe version of a test name. */
export function screenshotName(testName: string): string {
  return testName
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function saveFailureScreenshot(page: Page, testName: string): Promise<string> {
  const dir = join(process.cwd(), 'test-results');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${screenshotName(testName)}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
