import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createNeedVia, signInAll } from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [planner] = await signInAll(context, ['planner.korat']);
  await createNeedVia(planner, {
    areaCode: '300101',
    households: 1200,
    people: 3600,
    origin: 'public_forum',
  });
  await createNeedVia(planner, { areaCode: '300201', households: 34, people: 100, origin: 'citizen' });
  await createNeedVia(planner, { areaCode: '300202', households: 6, people: 20, origin: 'citizen' });
});
afterAll(() => context.close());

const KEYS = ['key', 'label_th', 'needs', 'households', 'people'];

describe('the needs summary tab exports what it shows', () => {
  it('writes the roll-up of the screen, row for row, with the total line', async () => {
    const query = 'groupBy=area&areaCode=30';
    const shown = (await planner.request('GET', `/api/v1/needs/rollups?${query}`)).json();
    const response = await planner.request('GET', `/api/v1/needs/rollups/export?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="needs-summary.xlsx"');
    const rows = rowsUnderKeyRow(await readSheetRecords('summary.xlsx', response.rawPayload), KEYS).map(
      (row) => row.values,
    );
    expect(rows.slice(0, -1).map((row) => [row.key, row.needs, row.households])).toEqual(
      shown.items.map((item: { key: string; needs: number; households: number }) => [
        item.key,
        String(item.needs),
        String(item.households),
      ]),
    );
    expect(rows.at(-1)).toMatchObject({ label_th: 'รวม', needs: '3', households: '1240', people: '3720' });
  });

  it('groups as the screen asks and keeps the reader’s scope', async () => {
    const response = await planner.request('GET', '/api/v1/needs/rollups/export?groupBy=origin');
    const rows = rowsUnderKeyRow(await readSheetRecords('summary.xlsx', response.rawPayload), KEYS);
    expect(rows.map((row) => row.values.label_th)).toEqual(['ประชาชนเสนอโดยตรง', 'เวทีประชาคม', 'รวม']);
    const refused = await planner.request('GET', '/api/v1/needs/rollups/export?groupBy=area&areaCode=50');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});
