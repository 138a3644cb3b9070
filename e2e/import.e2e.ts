import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login } from './support/app.js';
import { setupJourney } from './support/journey.js';

const journey = setupJourney();

const VILLAGES_PER_SUBDISTRICT = 10;

type Subtree = { items: { code: string; nameTh: string }[]; total: number };

/** Open subdistricts of นครราชสีมา, read through the signed-in page's session. */
async function koratSubdistricts(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/v1/areas/30/subtree?level=subdistrict&limit=500');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Subtree;
  expect(body.items.length).toBe(body.total);
  return body.items.map((item) => item.code);
}

/** How many villages นครราชสีมา has now (the demo seeds some; the journey adds more). */
async function villagesOfKorat(page: Page): Promise<number> {
  const response = await page.request.get('/api/v1/areas/30');
  return ((await response.json()) as { childCounts: Record<string, number> }).childCounts.village ?? 0;
}

function csv(rows: string[][]): Buffer {
  const lines = [['code', 'name_th', 'name_en'], ...rows].map((row) => row.join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Starts recording every status and percentage the job panel shows, to prove progress was visible. */
async function recordJobPanel(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const note = () => {
      const job = document.querySelector('[data-testid="import-job"]');
      const bar = document.querySelector('[data-testid="import-progress"]');
      if (job && bar) {
        const entry = `${job.getAttribute('data-status')}:${bar.getAttribute('aria-valuenow')}`;
        if (seen.at(-1) !== entry) {
          seen.push(entry);
        }
      }
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
    Object.assign(window, { importPanelTrace: seen });
  });
  return () => page.evaluate(() => (window as unknown as { importPanelTrace: string[] }).importPanelTrace);
}

async function upload(page: Page, name: string, content: Buffer): Promise<void> {
  await page.getByTestId('import-upload').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
}

describe('village import', () => {
  it('planner.korat imports ~3,000 villages with a progress bar, then sees the bad rows of a broken file', async () => {
    const page = await journey.newPage();
    await login(page, 'planner.korat');
    await page.getByRole('complementary').getByRole('link', { name: 'นำเข้าข้อมูล', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/import');

    const subdistricts = await koratSubdistricts(page);
    expect(subdistricts.length).toBeGreaterThan(280);
    const rows = subdistricts.flatMap((code) =>
      Array.from({ length: VILLAGES_PER_SUBDISTRICT }, (_, index) => {
        // From หมู่ 31 on: the demo seeds หมู่ 1–12 of every subdistrict, and the journey adds new villages.
        const moo = index + 31;
        return [`${code}${String(moo).padStart(2, '0')}`, `บ้านทดสอบ หมู่ ${moo}`, `Ban Thotsop Moo ${moo}`];
      }),
    );

    const villagesBefore = await villagesOfKorat(page);
    const trace = await recordJobPanel(page);
    await upload(page, 'korat-villages.csv', csv(rows));
    const job = page.getByTestId('import-job');
    await page.getByTestId('import-progress').waitFor();
    await page.locator('[data-testid="import-job"][data-status="succeeded"]').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('import-status').textContent()).toBe('นำเข้าสำเร็จ');
    expect(await page.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('100');
    // The bar was on screen before the end: the job is shown queued at 0 % as soon as the upload returns.
    const seen = await trace();
    expect(seen[0]).toBe('queued:0');
    expect(seen.at(-1)).toBe('succeeded:100');
    const summary = await job.textContent();
    expect(summary).toContain(`ประมวลผลแล้ว ${rows.length} จาก ${rows.length} แถว`);
    expect(summary).toContain(`เพิ่มใหม่${rows.length}`);
    expect(await page.getByTestId('import-failed-rows').count()).toBe(0);
    expect(await villagesOfKorat(page)).toBe(villagesBefore + rows.length);

    const first = subdistricts[0] ?? '';
    const broken = csv([
      [`${first}11`, 'บ้านใหม่ดี', 'Ban Mai Di'],
      ['3001', 'บ้านรหัสสั้น', 'Short code'],
      [`${first}12`, '', 'No Thai name'],
      ['31010101', 'บ้านนอกเขต', 'Outside scope'],
      [`${first}13`, 'บ้านใหม่ดีสอง', 'Ban Mai Di Song'],
    ]);
    await upload(page, 'korat-broken.csv', broken);
    await page.locator('[data-testid="import-job"][data-status="failed"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-status').textContent()).toBe('นำเข้าไม่สำเร็จ');
    expect(await job.textContent()).toContain('พบข้อผิดพลาด 3 แถว จาก 5 แถว ไม่มีการบันทึกข้อมูลใด ๆ');

    const failedRows = page.getByTestId('import-failed-rows').locator('tbody tr.ant-table-row');
    await failedRows.first().waitFor();
    const table = (await failedRows.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^3\s?3001\s?code: รหัสหมู่บ้านต้องเป็นตัวเลข 8 หลัก$/);
    expect(table[1]).toMatch(new RegExp(`^4\\s?${first}12\\s?name_th: ต้องระบุชื่อหมู่บ้านภาษาไทย$`));
    expect(table[2]).toMatch(/^5\s?31010101\s?code: พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้$/);
  });
});
