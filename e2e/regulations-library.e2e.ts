import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { inputOf, pickToday } from './support/planning.js';

const journey = setupJourney();

describe('regulations library', () => {
  it('finds a provision by a Thai phrase, and a step’s side panel shows the provisions it rests on', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.getByRole('complementary').getByRole('link', { name: 'คลังระเบียบและกฎหมาย' }).click();
    await page.waitForURL((url) => url.pathname === '/regulations');
    await page.getByTestId('regulations-table').locator('tr.ant-table-row').first().waitFor();
    await inputOf(page, 'regulations-search').fill('หนังสือยืนยันรับมอบ');
    const table = page.getByTestId('regulations-table');
    const hit = table.locator('tr.ant-table-row').first();
    await expect.poll(() => hit.textContent()).toContain('หลักเกณฑ์ข้อ 3');
    // The entry opens to its provisions and the steps citing them.
    await hit.locator('.ant-table-row-expand-icon').click();
    await page
      .getByTestId('regulation-detail')
      .getByText('การตรวจความพร้อมของโครงการ', { exact: false })
      .first()
      .waitFor();
    expect(await blockingViolations(page)).toEqual([]);

    // The asset screen (the transfer step) shows the provision it rests on in its side panel.
    await page.goto(`${journey.baseUrl}/assets`);
    await page.getByTestId('regulations-panel').getByText('ข้อ 215 การโอนพัสดุ').waitFor();
  });

  it('an administrator adds an entry and a provision that search then finds', async () => {
    const page = await journey.newPage();
    await login(page, 'admin');
    await page.goto(`${journey.baseUrl}/regulations`);
    await page.getByTestId('regulation-add').click();
    await page.getByTestId('regulation-title').fill('หนังสือสั่งการทดสอบการเดินทางของข้อมูล (ทดสอบ)');
    await pickToday(page, 'regulation-issued-on');
    await page.getByTestId('regulation-issuing-body').fill('สำนักงานปลัดกระทรวงมหาดไทย');
    await page.getByTestId('regulation-summary').fill('ใช้ทดสอบการเพิ่มรายการในคลังระเบียบ');
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByTestId('regulation-save').click();
    await page.getByText('บันทึกคลังระเบียบแล้ว').waitFor();

    await inputOf(page, 'regulations-search').fill('การเดินทางของข้อมูล');
    const row = page.getByTestId('regulations-table').locator('tr.ant-table-row').first();
    await expect.poll(() => row.textContent()).toContain('หนังสือสั่งการทดสอบการเดินทางของข้อมูล');
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('provision-reference').fill('ข้อ 1');
    await page.getByTestId('provision-text').fill('ให้จังหวัดรายงานการสำรวจคูคลองสาธารณะทุกไตรมาส');
    await page.getByTestId('provision-add').click();
    await page
      .getByTestId('regulation-detail')
      // The list, not the form: the textarea still holds the text until the save's refetch resets it.
      .getByRole('listitem')
      .getByText('ให้จังหวัดรายงานการสำรวจคูคลองสาธารณะทุกไตรมาส')
      .waitFor();

    await inputOf(page, 'regulations-search').fill('คูคลองสาธารณะ');
    await expect.poll(() => row.textContent()).toContain('ข้อ 1');
  });
});
