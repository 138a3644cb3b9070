import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READINESS_ITEMS } from '../domain/projects/project.js';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { inputOf, pickFirstOption, pickOption } from './support/planning.js';

const journey = setupJourney();

// Spelled unlike the demo's "ขุดลอกแหล่งน้ำสาธารณะเพื่อการเกษตร", so the hint must find it by likeness.
const TITLE = 'ขุดลอกแหล่งน้ำสาธารณะ เพื่อการเกษตร ตำบลหนองระเวียง (e2e)';

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('project-status').getAttribute('data-status'), { timeout: 15_000 })
    .toBe(status);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

async function move(page: Page, action: string, status: string): Promise<void> {
  await page.getByTestId(`project-transition-${action}`).click();
  await expectStatus(page, status);
}

/** The similar-projects hint sits above the links and grows when its answer comes: wait for it to settle. */
async function expectSimilarFound(page: Page): Promise<void> {
  const similar = page.getByTestId('similar-projects');
  await expect
    .poll(
      async () => `${await similar.getAttribute('aria-busy')} ${await similar.getAttribute('data-count')}`,
      {
        timeout: 15_000,
      },
    )
    .toMatch(/^false [1-9]/);
}

async function recordStage(page: Page, stage: string, amount: string, reason?: string): Promise<void> {
  await page.getByRole('button', { name: `บันทึกวงเงิน: ${stage}` }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.locator('input').first().fill(amount);
  if (reason) {
    await modal.locator('textarea').fill(reason);
  }
  await modal.locator('.ant-btn-primary').click();
  await modal.waitFor({ state: 'detached' });
}

const ruleOutcome = (page: Page, key: string) =>
  page.locator(`[data-testid="rule-results"] [data-rule="${key}"]`).getAttribute('data-outcome');

describe('project form', () => {
  it('a planner creates a project, fills its budget and links, is refused the request until ready, then records its stages', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.goto('/projects');
    // The map of the filtered projects first, then back to the list to start a new one.
    await page.getByTestId('projects-view').getByText('แผนที่').click();
    await page.getByTestId('project-map').locator('canvas').first().waitFor();
    await expectAccessible(page);
    await page.getByTestId('project-new').click();
    await page.waitForURL((location) => location.pathname === '/projects/new');
    await page.getByTestId('project-create-form').waitFor();
    await page.locator('#fiscalYear').fill('2569');
    await page.getByTestId('project-title').fill(TITLE);
    await expectSimilarFound(page);
    await expectAccessible(page);
    await page.getByTestId('project-create').click();
    await page.waitForURL((location) => /^\/projects\/[0-9a-f-]{36}$/.test(location.pathname));
    await expectStatus(page, 'idea');
    await expectSimilarFound(page);

    // The record: a budget line, a schedule that adds up, the plan item and a KPI it serves.
    await page.getByTestId('budget-line-add').click();
    await page.getByTestId('budget-line-0').locator('input').first().fill('ขุดลอกและปรับปรุงคันดิน');
    await inputOf(page, 'budget-line-amount-0').fill('2500000');
    await page.getByTestId('schedule-add').click();
    await inputOf(page, 'schedule-amount-0').fill('2500000');
    await pickFirstOption(page, page.getByTestId('project-plan-item'));
    await pickFirstOption(page, page.getByTestId('project-kpis'));
    await expectAccessible(page);
    await page.getByTestId('project-save').click();
    await expect.poll(() => page.getByTestId('project-total').textContent()).toBe('2,500,000.00');

    await move(page, 'propose', 'proposal');
    await move(page, 'check_readiness', 'readiness_checked');
    await move(page, 'add_to_action_plan', 'in_action_plan');

    // Not ready yet: the rules say so, and the request is refused.
    await page.getByRole('tab', { name: 'หลักเกณฑ์' }).click();
    await expect.poll(() => ruleOutcome(page, 'plan_link'), { timeout: 15_000 }).toBe('pass');
    expect(await ruleOutcome(page, 'readiness_before_request')).toBe('fail');
    await expectAccessible(page);
    await page.getByTestId('project-transition-request').click();
    await page.locator('.ant-notification-notice').first().waitFor();
    await expectStatus(page, 'in_action_plan');

    // Every readiness item ready, each with its evidence.
    await page.getByRole('tab', { name: 'ความพร้อม' }).click();
    const panel = page.getByTestId('readiness-panel');
    for (const item of READINESS_ITEMS) {
      await pickOption(page, panel.getByTestId(`readiness-status-${item}`), 'พร้อม');
      await panel.locator(`tr[data-row-key="${item}"] input[type=file]`).setInputFiles({
        name: `${item}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4 evidence for ${item}\n`),
      });
      await expect
        .poll(() => panel.locator(`tr[data-row-key="${item}"]`).textContent())
        .toContain(`${item}.pdf`);
    }
    await page.getByTestId('readiness-save').click();
    await page.getByRole('tab', { name: 'หลักเกณฑ์' }).click();
    await expect.poll(() => ruleOutcome(page, 'readiness_before_request'), { timeout: 15_000 }).toBe('pass');
    await move(page, 'request', 'requested');

    // Stages: the request, then a cut at the Budget Bureau with its reason.
    await page.getByRole('tab', { name: 'งบประมาณตามขั้นตอน' }).click();
    await recordStage(page, 'คำขอ', '2500000');
    await recordStage(page, 'ผ่านการพิจารณาของสำนักงบประมาณ', '2400000', 'ปรับราคาตามบัญชีราคามาตรฐาน');
    const stages = page.locator('table', {
      has: page.locator('caption', { hasText: 'วงเงินงบประมาณตามขั้นตอน' }),
    });
    await expect.poll(() => stages.textContent()).toContain('100,000.00');
    expect(await stages.textContent()).toContain('ปรับราคาตามบัญชีราคามาตรฐาน');
    await expectAccessible(page);
  });

  it('an administrator revises a rule set in the form: a bad key is named on its field, a fixed one saves', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    await page.goto('/budget');
    await page.getByRole('tab', { name: 'ชุดเกณฑ์พิจารณาโครงการ' }).click();
    await page.getByRole('button', { name: 'ดูรายละเอียด 2569/1' }).click();
    await page.getByRole('button', { name: 'สร้างฉบับปรับปรุง' }).click();
    const first = page.getByTestId('rule-form-0');
    await first.waitFor();
    await expectAccessible(page);
    const key = first.getByLabel('รหัส', { exact: true });
    await key.fill('Bad Key');
    await page.getByTestId('rule-set-save').click();
    await expect.poll(() => first.textContent()).toContain('รหัสเกณฑ์ต้องเป็น a-z 0-9 _');
    await key.fill('plan_link');
    await first.getByLabel('จำนวนตัวชี้วัดขั้นต่ำ').fill('2');
    await page.getByTestId('rule-set-save').click();
    await page.getByText('บันทึกชุดเกณฑ์แล้ว').waitFor();
    await expectAccessible(page);
  });
});
