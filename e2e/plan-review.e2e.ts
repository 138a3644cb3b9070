import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { expectPlanStatus, sessionApi, takePlanAction } from './support/planning.js';

const journey = setupJourney();

const COMMITTEE_MEETING = '3/2569';
const SECOND_COMMITTEE_MEETING = '5/2569';
const RETURN_REASON = 'สศช. ขอให้ทบทวนค่าเป้าหมายรายได้จากการท่องเที่ยวปี 2569 ให้สอดคล้องกับแผนภาค (e2e)';
const CHANGE_REASON = 'ย้ายไปดำเนินการในแผนปฏิบัติราชการของหน่วยงาน (e2e)';

type PlanList = { items: { id: string; isDemo: boolean; provinceCode: string | null; scope: string }[] };
type PlanVersions = {
  items: { id: string; kind: string; reviewFiscalYear: number | null; status: string }[];
};

/** Signs in as `username` in a fresh context and opens the version on the given tab. */
async function openAs(username: string, url: string): Promise<Page> {
  const page = await journey.newPage();
  await login(page, username);
  await page.goto(url);
  await page.getByTestId('plan-version-status').waitFor();
  return page;
}

/** Reloads a page another user left behind, so it shows the version as it now stands. */
async function refresh(page: Page, status: string): Promise<void> {
  await page.reload();
  await expectPlanStatus(page, status);
}

describe('plan review', () => {
  it('the FY2569 review of the demo plan goes from reasons to publication, returned once on the way', async () => {
    const planner = await journey.newPage();
    await login(planner, 'planner.korat');
    const api = await sessionApi(planner);
    const plans = await api.get<PlanList>('/api/v1/plans?provinceCode=30&scope=province');
    const plan = plans.items.find((item) => item.isDemo && item.provinceCode === '30');
    if (!plan) {
      throw new Error('the e2e server did not seed the demo plan of นครราชสีมา');
    }
    const versions = await api.get<PlanVersions>(`/api/v1/plans/${plan.id}/versions`);
    const review = versions.items.find((item) => item.kind === 'review' && item.reviewFiscalYear === 2569);
    expect(review?.status).toBe('draft');
    const url = `/plans/${plan.id}?version=${review?.id ?? ''}&tab=approval`;

    // The plans list leads to the plan; the review opens on its changes.
    await planner.goto('/plans');
    await planner.getByTestId(`plan-link-${plan.id}`).click();
    await planner.waitForURL((location) => location.pathname === `/plans/${plan.id}`);
    await planner.goto(`/plans/${plan.id}?version=${review?.id ?? ''}&tab=changes`);
    await expectPlanStatus(planner, 'draft');
    const diff = planner.getByTestId('plan-diff');
    await diff.waitFor();
    await expect.poll(() => diff.getByTestId('plan-diff-row').count()).toBeGreaterThan(0);
    await diff.getByTestId('plan-diff-unexplained').waitFor();

    // Every change still without a reason gets one.
    const reasons = diff.locator('textarea[data-testid^="plan-change-reason-"]');
    const count = await reasons.count();
    let filled = 0;
    for (let index = 0; index < count; index += 1) {
      const field = reasons.nth(index);
      if ((await field.inputValue()).trim() !== '') {
        continue;
      }
      const testId = await field.getAttribute('data-testid');
      await field.fill(CHANGE_REASON);
      await diff.getByTestId(`${testId ?? ''}-save`).click();
      await diff.getByTestId(`${testId ?? ''}-save`).waitFor({ state: 'detached' });
      filled += 1;
    }
    expect(filled).toBeGreaterThan(0);
    await diff.getByTestId('plan-diff-unexplained').waitFor({ state: 'detached' });

    // Submit to the provincial committee (ก.บ.จ.).
    await planner.getByRole('tab', { name: 'การพิจารณาอนุมัติ' }).click();
    await takePlanAction(planner, 'submit', 'submitted_to_committee');

    // The head records the committee's approval with its meeting, then sends the plan to the centre.
    const head = await openAs('head.korat', url);
    await expectPlanStatus(head, 'submitted_to_committee');
    await takePlanAction(head, 'committee_approve', 'committee_approved', {
      meetingNo: COMMITTEE_MEETING,
      meetingDate: true,
    });
    await takePlanAction(head, 'submit_to_centre', 'submitted_to_centre');

    // The centre returns it for revision with a reason.
    const admin = await openAs('admin', url);
    await expectPlanStatus(admin, 'submitted_to_centre');
    await takePlanAction(admin, 'return', 'draft', { reason: RETURN_REASON });

    // The planner resubmits; the committee approves again and the head sends it on.
    await refresh(planner, 'draft');
    await takePlanAction(planner, 'submit', 'submitted_to_committee');
    await refresh(head, 'submitted_to_committee');
    await takePlanAction(head, 'committee_approve', 'committee_approved', {
      meetingNo: SECOND_COMMITTEE_MEETING,
      meetingDate: true,
    });
    await takePlanAction(head, 'submit_to_centre', 'submitted_to_centre');

    // The centre records the regional, ก.น.บ. and cabinet decisions and publishes.
    await refresh(admin, 'submitted_to_centre');
    await takePlanAction(admin, 'regional_approve', 'regional_approved', {
      meetingNo: '2/2569',
      meetingDate: true,
    });
    await takePlanAction(admin, 'knb_approve', 'knb_approved', { meetingNo: '6/2569', meetingDate: true });
    await takePlanAction(admin, 'cabinet_note', 'cabinet_noted', { meetingNo: '12/2569', meetingDate: true });
    await takePlanAction(admin, 'publish', 'published');

    const history = admin.getByTestId('approval-history');
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count()).toBe(11);
    const historyText = (await history.textContent()) ?? '';
    expect(historyText).toContain(`ครั้งที่ ${COMMITTEE_MEETING}`);
    expect(historyText).toContain(`ครั้งที่ ${SECOND_COMMITTEE_MEETING}`);
    expect(historyText).toContain(RETURN_REASON);
    expect(await admin.getByTestId('approval-action-publish').count()).toBe(0);

    // The planner sees the published review with the same history.
    await refresh(planner, 'published');
    expect(await planner.getByTestId('approval-history').textContent()).toContain(
      `ครั้งที่ ${COMMITTEE_MEETING}`,
    );
  });
});
