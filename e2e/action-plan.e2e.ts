import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { takeApprovalAction } from './support/planning.js';

const journey = setupJourney();

const PROJECT_TITLE = 'ปรับปรุงถนนเชื่อมตำบลหนองระเวียง (e2e)';
// Today's meeting is numbered in today's Buddhist year, as the chain requires.
const MEETING = `4/${new Date().getFullYear() + 543}`;

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('action-plan-status').getAttribute('data-status'), { timeout: 15_000 })
    .toBe(status);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

describe('annual action plan', () => {
  it('a planner proposes a project onto the plan and submits it; the head approves it; the plan is locked', async () => {
    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    await planner.goto('/action-plans');
    await planner.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(planner);

    await planner.getByTestId('create-action-plan').click();
    await planner.waitForURL((location) => location.pathname.startsWith('/action-plans/'));
    await expectStatus(planner, 'draft');
    const boardUrl = new URL(planner.url()).pathname;
    await expectAccessible(planner);

    await planner.getByTestId('proposal-title').fill(PROJECT_TITLE);
    await planner.getByTestId('proposal-amount').fill('2500000');
    await planner.getByTestId('proposal-submit').click();
    const within = planner.getByTestId('board-column-within');
    await expect.poll(() => within.textContent(), { timeout: 15_000 }).toContain(PROJECT_TITLE);
    await expectAccessible(planner);

    await takeApprovalAction(planner, 'submit');
    await expectStatus(planner, 'submitted_to_committee');
    await planner.getByTestId('action-plan-locked').waitFor();
    expect(await planner.getByTestId('proposal-title').count()).toBe(0);

    const head = await journey.newPage();
    await login(head, 'head.korat');
    await head.goto(boardUrl);
    await expectStatus(head, 'submitted_to_committee');
    await expectAccessible(head);
    await takeApprovalAction(head, 'committee_approve', { meetingNo: MEETING, meetingDate: true });
    await expectStatus(head, 'approved');
    const history = head.getByTestId('approval-history');
    await expect.poll(() => history.textContent()).toContain(MEETING);

    await planner.reload();
    await expectStatus(planner, 'approved');
    await planner.getByTestId('action-plan-locked').waitFor();
    expect(await planner.getByTestId('approval-action-submit').count()).toBe(0);
    expect(await within.textContent()).toContain(PROJECT_TITLE);
  });
});
