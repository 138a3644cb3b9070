import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { blockingViolations } from './axe.js';
import { DESKTOP, launchBrowser, newPage, saveFailureScreenshot } from './browser.js';
import { startServer, type E2EServer } from './server.js';

export type Journey = {
  readonly baseUrl: string;
  /**
   * A page in a fresh browser context; closed after the test (screenshotted first if it failed,
   * checked with axe-core first if it passed).
   */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
};

/**
 * One server and one browser for the whole test file; call at the top of the file. Every test gets
 * fresh contexts, so tests do not share cookies or language choices.
 */
export function setupJourney(): Journey {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    // Settle both so that whichever did start is closed again in afterAll when the other fails.
    const [started, launched] = await Promise.allSettled([startServer(), launchBrowser()]);
    server = started.status === 'fulfilled' ? started.value : undefined;
    browser = launched.status === 'fulfilled' ? launched.value : undefined;
    if (started.status === 'rejected') {
      throw started.reason;
    }
    if (launched.status === 'rejected') {
      throw launched.reason;
    }
  });

  afterEach(async ({ task }) => {
    const open = pages.splice(0);
    // Where each journey ends (an open drawer, a finished approval) must be accessible as well.
    if (task.result?.state !== 'fail') {
      const found: string[] = [];
      for (const page of open) {
        found.push(...(await blockingViolations(page)).map((line) => `${page.url()}: ${line}`));
      }
      if (found.length > 0) {
        await Promise.all(open.map((page) => page.context().close()));
        throw new Error(`axe-core found critical or serious violations:\n${found.join('\n')}`);
      }
    }
    if (task.result?.state === 'fail') {
      const name = task.fullTestName ?? task.name;
      for (const [index, page] of open.entries()) {
        const suffix = open.length > 1 ? `-${index + 1}` : '';
        try {
          const path = await saveFailureScreenshot(page, `${name}${suffix}`);
          console.info(`failure screenshot: ${path}`);
        } catch (error) {
          console.warn(`no failure screenshot for "${name}":`, error);
        }
      }
    }
    await Promise.all(open.map((page) => page.context().close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get baseUrl() {
      if (!server) {
        throw new Error('the e2e server is not running (beforeAll failed?)');
      }
      return server.baseUrl;
    },
    async newPage(viewport = DESKTOP) {
      if (!browser || !server) {
        throw new Error('the e2e browser is not running (beforeAll failed?)');
      }
      const page = await newPage(browser, server.baseUrl, viewport);
      pages.push(page);
      return page;
    },
  };
}
