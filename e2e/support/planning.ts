import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** JSON calls to the API with the page's own session (cookies plus its CSRF token). */
export type SessionApi = {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
};

/** An API client that shares the signed-in page's session; fails loudly on any non-2xx answer. */
export async function sessionApi(page: Page): Promise<SessionApi> {
  const me = await page.request.get('/api/v1/auth/me');
  expect(me.status(), await me.text()).toBe(200);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const check = async <T>(response: Awaited<ReturnType<Page['request']['get']>>): Promise<T> => {
    expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: async (path) => check(await page.request.get(path)),
    post: async (path, body, headers = {}) =>
      check(
        await page.request.post(path, { data: body, headers: { ...headers, 'X-CSRF-Token': csrfToken } }),
      ),
  };
}

const OPEN_DROPDOWN = '.ant-select-dropdown:visible:not([class*="-leave"])';
const PICK_ATTEMPTS = 3;

/**
 * Chooses an option of an antd Select by its exact title. The dropdown of the previous pick may still
 * be fading out (a "-leave" motion class) and shows the same options, so it is left out. A page that
 * is still laying out (a list above arriving) can move the select between the click and the choice,
 * as a person would see it jump; like them, the pick is tried again until the select shows it.
 * `typed` is searched first, for a long list that shows only some options at a time.
 */
export async function pickOption(page: Page, select: Locator, title: string, typed?: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await closeDropdowns(page);
    // A click that took late must not be undone: a second click on a multiple select's option clears it.
    if ((await select.textContent())?.includes(title)) {
      return;
    }
    await select.click();
    if (typed) {
      await page.keyboard.type(typed);
    }
    const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title="${title}"]`);
    const picked = await option
      .click({ timeout: 5_000 })
      .then(() => waitForText(select, title))
      .catch((error: unknown) => error);
    if (picked === true) {
      return;
    }
    if (attempt === PICK_ATTEMPTS) {
      throw new Error(`the select never showed "${title}" after ${PICK_ATTEMPTS} picks`, { cause: picked });
    }
  }
}

/** Chooses the first option a select offers and returns its title. */
export async function pickFirstOption(page: Page, select: Locator): Promise<string> {
  await closeDropdowns(page);
  await select.click();
  const title = await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).first().getAttribute('title');
  if (!title) {
    throw new Error('the first option of the select has no title');
  }
  await page.keyboard.press('Escape');
  await pickOption(page, select, title);
  await closeDropdowns(page);
  return title;
}

async function closeDropdowns(page: Page): Promise<void> {
  if ((await page.locator(OPEN_DROPDOWN).count()) > 0) {
    await page.keyboard.press('Escape');
  }
  // A list still closing has an unnamed listbox; the page is judged once it is gone.
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

async function waitForText(locator: Locator, text: string): Promise<true> {
  await expect.poll(() => locator.textContent(), { timeout: 3_000 }).toContain(text);
  return true;
}

/** Chooses an area in an AreaTreeSelect by typing its name and clicking the hit whose title ends with its code. */
export async function pickArea(page: Page, select: Locator, name: string, code: string): Promise<void> {
  await select.click();
  await page.keyboard.type(name);
  await page.locator(`.ant-select-dropdown:visible [title^="${name} ("][title$=" ${code})"]`).click();
  await expect.poll(() => select.textContent()).toContain(name);
}

/** The input of an antd field whose data-testid sits on the input itself or on its wrapper. */
export function inputOf(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/**
 * Opens a (BE) date picker and clicks today. The input previews a hovered date, so only a closed
 * popup with a value proves the click took; a click during the popup's opening animation can be lost.
 */
export async function pickToday(page: Page, testId: string): Promise<void> {
  const input = inputOf(page, testId);
  const popup = page.locator('.ant-picker-dropdown:visible');
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if ((await popup.count()) === 0) {
      await input.click();
    }
    await popup.locator('.ant-picker-cell-today').click();
    try {
      await expect.poll(() => popup.count(), { timeout: 2_000 }).toBe(0);
      if ((await input.inputValue()) !== '') {
        return;
      }
    } catch {
      // Still open: try again.
    }
  }
  throw new Error(`the date picker ${testId} did not take today's date`);
}

/** Waits until the plan header shows the version in `status`. */
export async function expectPlanStatus(page: Page, status: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('plan-version-status').getAttribute('data-status'), { timeout: 15_000 })
    .toBe(status);
}

export type PlanStep = { meetingNo?: string; meetingDate?: boolean; reason?: string };

/** Takes one step of any document's approval chain through its button and the step's dialog. */
export async function takeApprovalAction(page: Page, action: string, step: PlanStep = {}): Promise<void> {
  await page.getByTestId(`approval-action-${action}`).click();
  const confirm = page.getByTestId('approval-action-confirm');
  await confirm.waitFor();
  if (step.meetingNo) {
    await page.getByTestId('approval-action-meeting-no').fill(step.meetingNo);
  }
  if (step.meetingDate) {
    await pickToday(page, 'approval-action-meeting-date');
  }
  if (step.reason) {
    await page.getByTestId('approval-action-reason').fill(step.reason);
  }
  await confirm.click();
  await confirm.waitFor({ state: 'detached' });
}

/** Takes one approval step through the approval tab's button and its modal, then waits for `status`. */
export async function takePlanAction(
  page: Page,
  action: string,
  status: string,
  step: PlanStep = {},
): Promise<void> {
  await takeApprovalAction(page, action, step);
  await expectPlanStatus(page, status);
}

/**
 * Clicks `button` until `outcome` shows, as a person clicks again when nothing happened: a click
 * can be lost while a dialog is still moving in. An error message the app shows instead fails at
 * once with its text, so a refusal is never mistaken for a slow page.
 */
export async function clickUntilShown(page: Page, button: Locator, outcome: Locator): Promise<void> {
  const refusal = page.locator('.ant-message-error');
  for (let attempt = 1; ; attempt += 1) {
    if (await outcome.isVisible()) {
      return;
    }
    await button.click();
    const seen = await outcome
      .or(refusal)
      .first()
      .waitFor({ timeout: 7_000 })
      .then(() => true)
      .catch(() => false);
    if (seen && (await refusal.isVisible())) {
      throw new Error(`the app refused: ${(await refusal.textContent()) ?? ''}`);
    }
    if (seen || attempt === PICK_ATTEMPTS) {
      await outcome.waitFor({ timeout: 5_000 });
      return;
    }
  }
}
