import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { blockingViolations } from './support/axe.js';
import { setupJourney } from './support/journey.js';
import { sessionApi } from './support/planning.js';

const journey = setupJourney();

const HEADER = 'indicator_code,area_code,year,value,numerator,denominator';

async function upload(page: Page, name: string, lines: string[]): Promise<void> {
  const buffer = Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
  await page.getByTestId('indicator-upload').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer,
  });
}

describe('area indicators', () => {
  it('a planner imports figures (a bad row is reported, nothing saved), reads the map and the table with last year, exports it and cites a figure on a need', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.getByRole('complementary').getByRole('link', { name: 'ตัวชี้วัดเชิงพื้นที่' }).click();
    await page.waitForURL((url) => url.pathname === '/indicators');
    await page.getByRole('heading', { level: 1, name: /ตัวชี้วัดเชิงพื้นที่/ }).waitFor();

    // A file with one good row and one with an unknown indicator code: the job fails and names row 3.
    await upload(page, 'bad.csv', ['JPT-WATER,30010101,2568,,96,100', 'NO-SUCH,30010102,2568,1,,']);
    const importCard = page.getByTestId('indicator-import');
    await importCard.locator('[data-testid="import-job"][data-status="failed"]').waitFor();
    const failed = importCard.getByTestId('import-failed-rows');
    const badRow = failed.locator('tr.ant-table-row').first();
    await badRow.waitFor();
    expect(await failed.locator('tr.ant-table-row').count()).toBe(1);
    expect(await badRow.locator('td').first().textContent()).toBe('3');
    expect(await badRow.textContent()).toContain('NO-SUCH');
    expect(await blockingViolations(page)).toEqual([]);

    // The corrected file goes through.
    await upload(page, 'good.csv', ['JPT-WATER,30010101,2568,,96,100']);
    await importCard.locator('[data-testid="import-job"][data-status="succeeded"]').waitFor();
    expect(await importCard.getByTestId('import-failed-rows').count()).toBe(0);

    // The national map is drawn and the table lists นครราชสีมา; opening it shows its districts with last year.
    await page.getByTestId('indicator-map').locator('canvas').first().waitFor();
    // Clean drinking water (a ratio over villages), rather than the first indicator of the catalogue.
    await page.getByRole('combobox', { name: 'ตัวชี้วัด' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'ครัวเรือนมีน้ำสะอาด' })
      .first()
      .click();
    const figures = page.getByTestId('indicator-figures');
    await figures.getByRole('button', { name: 'นครราชสีมา' }).click();
    const district = figures.locator('tr.ant-table-row', { hasText: 'เมืองนครราชสีมา' });
    await district.waitFor();
    const cells = await district.locator('td').allTextContents();
    // Area, value, last year, change (signed), target, status.
    expect(cells[1]).toMatch(/^\d/);
    expect(cells[2]).toMatch(/^\d/);
    expect(cells[3]).toMatch(/^[+-]?\d/);
    expect(await blockingViolations(page)).toEqual([]);

    // The export carries the screen's indicator, year and province.
    const href = (await page.getByTestId('indicator-export').getAttribute('href')) ?? '';
    expect(href).toContain('year=2568');
    expect(href).toContain('parent=30');
    const workbook = await page.request.get(`${journey.baseUrl}${href}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    expect(workbook.headers()['content-disposition']).toContain('-2568-30.xlsx');

    // A need of ต.ในเมือง cites one of its area's figures below target as evidence.
    const api = await sessionApi(page);
    const dimensions = await api.get<{ items: { id: string; isActive: boolean }[] }>(
      '/api/v1/need-dimensions',
    );
    const need = await api.post<{ id: string }>('/api/v1/needs', {
      areaCode: '300101',
      title: 'ครัวเรือนขาดน้ำสะอาดสำหรับดื่มในฤดูแล้ง (e2e ตัวชี้วัด)',
      description: 'ประชาคมตำบลขอระบบประปาหมู่บ้าน',
      origin: 'public_forum',
      sourceDocument: 'บันทึกเวทีประชาคม',
      dimensionId: dimensions.items.find((item) => item.isActive)?.id,
      households: 320,
      people: 1100,
    });
    await page.goto(`${journey.baseUrl}/needs/${need.id}`);
    const evidence = page.getByTestId('need-evidence');
    await evidence.getByText('ยังไม่ได้อ้างอิงตัวชี้วัด').waitFor();
    const cite = evidence.getByRole('button', { name: 'อ้างอิงเป็นหลักฐาน' }).first();
    await cite.waitFor();
    await cite.click();
    const cited = evidence.locator('tr.ant-table-row').first();
    await cited.waitFor();
    expect(await cited.textContent()).toMatch(/2568/);
    expect(await blockingViolations(page)).toEqual([]);
  });
});
