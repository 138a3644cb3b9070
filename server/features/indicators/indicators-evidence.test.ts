import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicators/catalogue.js';
import type { Evidence } from '../../../domain/indicators/evidence.js';
import type { BlindSpots, Shortfall } from '../../../domain/indicators/figures.js';
import { chromiumPath } from '../../platform/pdf/browser.js';
import {
  createNeedVia,
  createReadyPlan,
  expectStatus,
  finishedJob,
  signInAll,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { ensureDemoVillages, recordIndicatorValues } from './public.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let water: Indicator;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
  await context.database.db.transaction(async (tx) => {
    await ensureDemoVillages(tx, '30');
    // ต.ในเมือง (300101) and ต.หมื่นไวย (300103) fall short of clean water; ต.โพธิ์กลาง (300102) has no figures.
    await recordIndicatorValues(tx, {
      indicatorCode: 'JPT-WATER',
      year: 2568,
      figures: [
        { areaCode: '30010101', numerator: 40, denominator: 80 },
        { areaCode: '30010102', numerator: 80, denominator: 100 },
        { areaCode: '30010301', numerator: 10, denominator: 50 },
      ],
    });
  });
  const catalogue = (await expectStatus(korat, 200, 'GET', '/api/v1/indicators')).items as Indicator[];
  water = catalogue.find((indicator) => indicator.code === 'JPT-WATER') as Indicator;
}, 300_000);
afterAll(() => context.close());

describe('evidence on needs', () => {
  it('suggests the indicators the need’s area falls short in, the most local first', async () => {
    const { items } = (await expectStatus(
      korat,
      200,
      'GET',
      '/api/v1/indicator-suggestions?areaCode=30010101',
    )) as unknown as {
      items: Shortfall[];
    };
    expect(items.map((item) => [item.areaCode, item.value])).toEqual([
      ['30010101', 50],
      ['300101', 66.6667],
      ['3001', 56.5217],
      ['30', 56.5217],
    ]);
    expect(items.every((item) => item.indicatorCode === 'JPT-WATER' && item.target === 100)).toBe(true);
  });

  it('cites a figure on a need, keeps it from other provinces and refuses a figure nobody stored', async () => {
    const need = await createNeedVia(korat, { areaCode: '300101' });
    const cited = (await expectStatus(korat, 200, 'POST', `/api/v1/needs/${need.id}/evidence`, {
      citations: [{ indicatorId: water.id, areaCode: '300101', year: 2568 }],
    })) as unknown as { items: Evidence[] };
    expect(cited.items).toMatchObject([
      {
        indicatorCode: 'JPT-WATER',
        areaCode: '300101',
        value: 66.6667,
        numerator: 120,
        denominator: 180,
        target: 100,
      },
    ]);
    expect(
      (
        (await expectStatus(korat, 200, 'GET', `/api/v1/needs/${need.id}/evidence`)) as unknown as {
          items: Evidence[];
        }
      ).items,
    ).toHaveLength(1);
    expect((await chiangmai.request('GET', `/api/v1/needs/${need.id}/evidence`)).statusCode).toBe(404);
    const missing = await korat.request('POST', `/api/v1/needs/${need.id}/evidence`, {
      body: { citations: [{ indicatorId: water.id, areaCode: '300102', year: 2568 }] },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].message.en).toBe('No indicator figure for area 300102 in 2568');
  });
});

describe('where are we blind', () => {
  it('lists an area with needs but no figures and a poor area with no need and no project', async () => {
    await createNeedVia(korat, { areaCode: '300102', title: 'ไม่มีข้อมูลตัวชี้วัด' });
    const spots = (await expectStatus(
      korat,
      200,
      'GET',
      '/api/v1/indicator-blind-spots?provinceCode=30&year=2568',
    )) as unknown as BlindSpots;
    expect(spots.needsWithoutData.map((spot) => spot.areaCode)).toContain('300102');
    expect(spots.needsWithoutData.map((spot) => spot.areaCode)).not.toContain('300101');
    expect(spots.poorWithoutResponse).toEqual([
      expect.objectContaining({
        areaCode: '300103',
        indicatorsBelowTarget: 1,
        indicatorCodes: ['JPT-WATER'],
      }),
    ]);
  });
});

describe.skipIf(!existsSync(chromiumPath()) || !existsSync('/usr/bin/pdftotext'))(
  'evidence in the plan PDF',
  () => {
    it('prints each development issue’s evidence table', async () => {
      const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['3001']);
      await expectStatus(korat, 200, 'POST', `/api/v1/plan-issues/${plan.issueId}/evidence`, {
        citations: [{ indicatorId: water.id, areaCode: '3001', year: 2568 }],
      });
      const response = await korat.request('POST', `/api/v1/plan-versions/${plan.versionId}/pdf`, {
        body: {},
      });
      expect(response.statusCode, response.body).toBe(202);
      const job = await finishedJob(context, korat, response.json().job.id as string);
      expect(job.status).toBe('succeeded');
      const file = await korat.request('GET', `/api/v1/files/${String(job.result?.fileId)}`);
      const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: file.rawPayload }).toString();
      const squeezed = text.replace(/\s+/g, '');
      expect(squeezed).toContain('ข้อมูลหลักฐานจากตัวชี้วัดเชิงพื้นที่');
      expect(squeezed).toContain('ครัวเรือนมีน้ำสะอาดสำหรับดื่มและบริโภคเพียงพอตลอดปี');
      expect(squeezed).toContain('อำเภอเมืองนครราชสีมา');
      expect(squeezed).toContain('56.5217');
      expect(squeezed).toContain('(130/230)');
    });
  },
);
