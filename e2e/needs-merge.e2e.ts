import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';
import { inputOf, pickArea, pickOption, sessionApi } from './support/planning.js';

const journey = setupJourney();

// ตำบลหนองจะบก อำเภอเมืองนครราชสีมา: a subdistrict name found only once in the country.
const AREA = { code: '300103', name: 'หนองจะบก' };
const EXISTING_TITLE = 'ฝายน้ำล้นลำห้วยหนองจะบกชำรุดรั่วซึม น้ำไม่พอใช้ทำการเกษตร';
const NEW_TITLE = 'ฝายน้ำล้นลำห้วยหนองจะบกชำรุด รั่วซึม ต้องการซ่อมแซม';
const MERGE_REASON = 'เวทีประชาคมเสนอเรื่องเดียวกันกับรายการเดิม (e2e)';

type Created = { id: string; referenceNo: string };
type Dimension = { id: number; nameTh: string; isActive: boolean };

describe('needs', () => {
  it('a duplicate typed by the planner shows up as similar and merges into the existing need', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    const api = await sessionApi(page);
    const dimensions = await api.get<{ items: Dimension[] }>('/api/v1/need-dimensions');
    const dimension = dimensions.items.find((item) => item.isActive);
    if (!dimension) {
      throw new Error('no active need dimension');
    }
    const existing = await api.post<Created>('/api/v1/needs', {
      areaCode: AREA.code,
      title: EXISTING_TITLE,
      description: 'ฝายเดิมสร้างปี 2540 น้ำรั่วซึมตลอดฤดูแล้ง',
      origin: 'village_plan',
      sourceDocument: 'แผนหมู่บ้าน หมู่ที่ 5 ปี 2569',
      dimensionId: dimension.id,
      households: 120,
      people: 400,
    });

    await page
      .getByRole('complementary')
      .getByRole('link', { name: 'ความต้องการของประชาชน', exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === '/needs');
    await page.getByTestId('need-create').click();
    // The planner captures for นครราชสีมา only: the picker offers that province, and a search hit
    // names its district and province.
    const areaPicker = page.getByTestId('need-area');
    await areaPicker.click();
    const offered = page.locator('.ant-select-dropdown:visible .ant-select-tree-title');
    await expect.poll(() => offered.allTextContents()).toEqual(['นครราชสีมา']);
    await page.keyboard.type(AREA.name);
    await page
      .locator(
        `.ant-select-dropdown:visible [title="${AREA.name} (ตำบล/แขวง · เมืองนครราชสีมา · นครราชสีมา ${AREA.code})"]`,
      )
      .waitFor();
    await page.keyboard.press('Escape');
    await pickArea(page, areaPicker, AREA.name, AREA.code);
    await page.getByTestId('need-title').fill(NEW_TITLE);
    await page.getByTestId('need-description').fill('ประชาคมตำบลขอซ่อมฝายน้ำล้นที่รั่วซึม');
    await pickOption(page, page.getByTestId('need-origin'), 'เวทีประชาคม');
    await pickOption(page, page.getByTestId('need-dimension'), dimension.nameTh);
    await inputOf(page, 'need-households').fill('30');
    await inputOf(page, 'need-people').fill('90');

    // While the planner types, the panel finds the need recorded before in the same subdistrict.
    const panel = page.getByTestId('similar-needs');
    const candidate = panel.getByTestId(`similar-need-${existing.id}`);
    await candidate.waitFor({ timeout: 10_000 });
    expect(await candidate.textContent()).toContain(EXISTING_TITLE);

    await candidate.getByTestId('need-merge').click();
    await page.getByTestId('need-merge-reason').fill(MERGE_REASON);
    await page.getByTestId('need-merge-confirm').click();

    // The drawer saves the new need, folds it into the existing one and opens the one that remains.
    await page.waitForURL((url) => url.pathname === `/needs/${existing.id}`);
    const sources = page.getByTestId('need-sources');
    await expect.poll(() => sources.getAttribute('data-count')).toBe('2');
    expect(await sources.locator('li').count()).toBe(2);
    expect(await page.getByTestId('need-detail-title').textContent()).toBe(EXISTING_TITLE);
    // 120 + 30 households and 400 + 90 people, on the page and as stored.
    await page.locator('.ant-descriptions-item', { hasText: '150 ครัวเรือน · 490 คน' }).waitFor();
    const survivor = await api.get<{ households: number; people: number }>(`/api/v1/needs/${existing.id}`);
    expect(survivor).toMatchObject({ households: 150, people: 490 });
    const mergeEntry = page.getByTestId('need-audit-entry').filter({ hasText: 'รับรายการที่รวมเข้ามา' });
    await mergeEntry.waitFor();
    expect(await mergeEntry.textContent()).toContain(MERGE_REASON);

    // The new need's source links to it; it is now merged into the existing one.
    await sources.locator('li', { hasText: 'เวทีประชาคม' }).getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/needs/') && !url.pathname.endsWith(existing.id));
    await expect
      .poll(() => page.getByTestId('need-status').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('merged');
    expect(await page.getByTestId('need-detail-title').textContent()).toBe(NEW_TITLE);
    expect(await page.getByTestId('need-outcome').textContent()).toContain(existing.referenceNo);
    const mergedEntry = page.getByTestId('need-audit-entry').filter({ hasText: 'ถูกรวมเข้ากับรายการอื่น' });
    await mergedEntry.waitFor();
  });
});
