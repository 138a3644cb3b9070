import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// Evaluated rather than added as a <script>: the app's CSP (script-src 'self') refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts the journeys refuse: critical and serious (axe-core's two highest levels). */
const BLOCKING = new Set(['critical', 'serious']);

type AxeNode = { target: string[]; html: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

/**
 * Waits until no button shows its loading state and every finite animation or CSS transition has ended:
 * axe measures colours as painted, so a button fading out of its loading opacity reads as low contrast.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.ant-btn-loading') === null, undefined, {
    timeout: 15_000,
  });
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page as it stands and returns one line per blocking
 * violation, naming the rule and the first elements it hit; empty when the page passes.
 */
export async function blockingViolations(page: Page): Promise<string[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: unknown[] };
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact !== null && BLOCKING.has(violation.impact))
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`);
      return `${violation.impact} ${violation.id} (${violation.nodes.length}×): ${violation.help} — ${targets.join(' | ')}`;
    });
}
