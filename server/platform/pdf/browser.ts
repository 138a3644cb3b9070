import type { Browser } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let launching: Promise<Browser> | null = null;

/** The Chromium binary: `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The one shared browser, launched on first use; a crashed browser is relaunched next time. */
export function sharedBrowser(): Promise<Browser> {
  if (launching === null) {
    // Loaded on first use so that processes that never print a PDF do not pay for playwright.
    const pending = import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS }),
      )
      .then((browser) => {
        browser.on('disconnected', () => {
          if (launching === pending) {
            launching = null;
          }
        });
        return browser;
      });
    // A failed launch must not stick: the next call tries again.
    pending.catch(() => {
      if (launching === pending) {
        launching = null;
      }
    });
    launching = pending;
  }
  return launching;
}

/** Closes the shared browser if one was launched (on app shutdown). */
export async function closeSharedBrowser(): Promise<void> {
  const pending = launching;
  launching = null;
  if (pending === null) {
    return;
  }
  try {
    await (await pending).close();
  } catch {
    // A browser that never launched or already died has nothing left to close.
  }
}
