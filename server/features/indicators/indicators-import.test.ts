import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregateFigures,
  roundFigure,
  type AreaFigure as Figure,
} from '../../../domain/indicators/aggregation.js';
import type { AreaFigures } from '../../../domain/indicators/figures.js';
import type { Indicator } from '../../../domain/indicators/catalogue.js';
import { selectRows } from '../../platform/db/client.js';
import { expectStatus, finishedJob, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { ensureDemoVillages } from './public.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let villages: string[];
let water: Indicator;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
  villages = await context.database.db.transaction((tx) => ensureDemoVillages(tx, '30'));
  const catalogue = (await expectStatus(korat, 200, 'GET', '/api/v1/indicators')).items as Indicator[];
  water = catalogue.find((indicator) => indicator.code === 'JPT-WATER') as Indicator;
}, 300_000);
afterAll(() => context.close());

/** Villages alternate between small and poorly served and large and well served, so averages mislead. */
const villageFigure = (index: number) =>
  index % 2 === 0
    ? { numerator: 3 + (index % 5), denominator: 20 }
    : { numerator: 180 + (index % 7), denominator: 200 };

async function upload(client: TestClient, fileName: string, content: Buffer) {
  const { body, headers } = multipartFile(fileName, content, 'text/csv');
  const response = await client.request('POST', '/api/v1/indicator-imports', { body, headers });
  expect(response.statusCode, response.body).toBe(202);
  return finishedJob(context, client, response.json().job.id as string);
}

const figures = async (parent: string) =>
  (await expectStatus(
    korat,
    200,
    'GET',
    `/api/v1/indicators/${water.id}/areas?year=2568&parent=${parent}`,
  )) as unknown as AreaFigures;

describe('importing indicator figures for every village of province 30', () => {
  it('imports the file and the district and province figures are the ratio of the sums, not the average', async () => {
    expect(villages.length).toBeGreaterThan(2000);
    const lines = villages.map((code, index) => {
      const { numerator, denominator } = villageFigure(index);
      return `JPT-WATER,${code},2568,,${numerator},${denominator}`;
    });
    const csv = `indicator_code,area_code,year,value,numerator,denominator\n${lines.join('\n')}\n`;
    const job = await upload(korat, 'water-2568.csv', Buffer.from(csv));
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.progressDone).toBe(job.progressTotal);
    expect(job.result).toMatchObject({ inserted: villages.length, updated: 0, failedRows: 0 });

    const villageFigures: Figure[] = villages.map((_, index) => {
      const { numerator, denominator } = villageFigure(index);
      return { value: (numerator / denominator) * 100, numerator, denominator };
    });
    const expectedProvince = aggregateFigures('ratio', 100, villageFigures);
    const average = villageFigures.reduce((sum, figure) => sum + figure.value, 0) / villageFigures.length;
    const national = await figures('');
    const province = national.items.find((item) => item.areaCode === '30');
    expect(province?.value).toBe(roundFigure(expectedProvince?.value ?? 0));
    expect(Math.abs((province?.value ?? 0) - average)).toBeGreaterThan(10);

    const districts = (await figures('30')).items;
    expect(districts.length).toBeGreaterThan(20);
    for (const district of districts) {
      const own = villageFigures.filter((_, index) => villages[index]?.startsWith(district.areaCode));
      expect(district.value, district.areaCode).toBe(
        roundFigure(aggregateFigures('ratio', 100, own)?.value ?? 0),
      );
      expect(district.belowTarget).toBe(true);
    }
  });

  it('reads a Windows-874 file and gives last year, the change and whether it improved', async () => {
    const csv = `indicator_code,area_code,year,value,numerator,denominator\nJPT-WATER,${villages[0]},2567,,10,20\n`;
    const job = await upload(korat, 'น้ำ-2567.csv', iconv.encode(csv, 'win874'));
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ inserted: 1, updated: 0 });
    const again = await upload(korat, 'น้ำ-2567-อีกครั้ง.csv', iconv.encode(csv, 'win874'));
    expect(again.result).toMatchObject({ inserted: 0, updated: 1 });
    const subdistrict = await figures(villages[0]?.slice(0, 6) ?? '');
    const village = subdistrict.items.find((item) => item.areaCode === villages[0]);
    expect(village).toMatchObject({
      value: 15,
      previousValue: 50,
      change: -35,
      improved: false,
      target: 100,
    });
  });

  it('saves nothing from a file with a bad row and reports every bad row', async () => {
    const before = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from indicator_values`,
    );
    const csv = [
      'indicator_code,area_code,year,value,numerator,denominator',
      `JPT-WATER,${villages[1]},2566,,5,10`,
      `JPT-WATER,${villages[2]},2566,80,,`,
      `NO-SUCH,${villages[3]},2566,1,,`,
      `JPT-WATER,50010101,2566,,1,2`,
    ].join('\n');
    const job = await upload(korat, 'bad.csv', Buffer.from(csv));
    expect(job.status).toBe('failed');
    const items = (await expectStatus(korat, 200, 'GET', `/api/v1/jobs/${job.id}/items`)).items as {
      itemNo: number;
      messages: { en: string }[];
    }[];
    expect(items.map((item) => item.itemNo)).toEqual([3, 4, 5]);
    expect(items[0]?.messages[0]?.en).toContain('numerator and denominator');
    const after = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from indicator_values`,
    );
    expect(after).toEqual(before);
  });

  it('refuses another province’s villages to its planner, row by row', async () => {
    const job = await upload(
      chiangmai,
      'other.csv',
      Buffer.from(
        `indicator_code,area_code,year,value,numerator,denominator\nJPT-WATER,${villages[0]},2566,,1,2\n`,
      ),
    );
    expect(job.status).toBe('failed');
    const items = (await expectStatus(chiangmai, 200, 'GET', `/api/v1/jobs/${job.id}/items`)).items as {
      messages: { en: string }[];
    }[];
    expect(items[0]?.messages[0]?.en).toBe('This area is outside your capture scope');
  });
});
