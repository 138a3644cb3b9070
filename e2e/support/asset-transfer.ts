import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { inputOf, pickOption } from './planning.js';

/**
 * Takes the registered asset open on the page along the whole transfer line (proposed, receiver's
 * letter, approval, transferred), each step with its letter number, waiting for the status it reaches.
 */
export async function transferAsset(
  page: Page,
  letters: { acceptance: string; approval: string; done: string },
): Promise<void> {
  await page.getByTestId('asset-transfer-form').waitFor();
  const steps = [
    ['เสนอโอน', null, 'เสนอโอน'],
    ['บันทึกหนังสือรับโอน', letters.acceptance, 'ผู้รับโอนตอบรับแล้ว'],
    ['อนุมัติการโอน', letters.approval, 'อนุมัติโอนแล้ว'],
    ['โอนเรียบร้อย', letters.done, 'โอนแล้ว'],
  ] as const;
  for (const [action, letter, reached] of steps) {
    await pickOption(page, page.getByTestId('asset-transfer-action'), action);
    if (letter) {
      await inputOf(page, 'asset-transfer-document').fill(letter);
    }
    await page.getByTestId('asset-transfer-submit').click();
    await expect
      .poll(() => page.getByTestId('asset-status').textContent(), { timeout: 15_000 })
      .toBe(reached);
  }
  await expect.poll(() => page.getByTestId('asset-history').textContent()).toContain(letters.done);
}
