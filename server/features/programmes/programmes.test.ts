import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Programme, ProvinceProgress, Ranking, Report } from '../../../domain/programmes/responses.js';
import { ifMatch, projectBody, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { DEMO_PHOTO, ROYAL_CELEBRATION_2567 } from './demo-data.js';
import { seedDemoProgrammes } from './demo.js';

let context: TestContext;
let analyst: TestClient;
let korat: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [analyst, korat, chiangmai, auditor] = await signInAll(context, [
    'analyst',
    'planner.korat',
    'planner.chiangmai',
    'auditor',
  ] as const);
});
afterAll(() => context.close());

const programmeBody = {
  ...ROYAL_CELEBRATION_2567,
  code: 'TEST-FLAGSHIP-2568',
  titleTh: 'โครงการสำคัญทดสอบ',
  startDate: '2025-01-01',
  endDate: '2025-06-30',
  reportingFrequency: 'quarterly',
};

async function ranking(client: TestClient, id: string) {
  const response = await client.request('GET', `/api/v1/programmes/${id}/ranking`);
  expect(response.statusCode).toBe(200);
  return response.json() as Ranking;
}

describe('the demo royal-celebration programme', () => {
  it('seeds the four projects with targets and the demo province’s progress, once', async () => {
    await seedDemoProgrammes(context.database);
    await seedDemoProgrammes(context.database);
    const list = (await korat.request('GET', '/api/v1/programmes')).json() as {
      items: { id: string; code: string }[];
    };
    expect(list.items.map((item) => item.code)).toEqual(['ROYAL-6CYCLE-2567']);
    const id = list.items[0]?.id ?? '';
    const programme = (await korat.request('GET', `/api/v1/programmes/${id}`)).json() as Programme;
    expect(programme.components.map((component) => component.titleTh)).toEqual([
      'โครงการจัดทำน้ำพระพุทธมนต์ศักดิ์สิทธิ์',
      'โครงการบรรพชาอุปสมบท เฉลิมพระเกียรติฯ',
      '10 คลองสวย น้ำใส คนไทยมีสุข',
      'หลอมรวมใจ มอบน้ำใส ให้โรงเรียน',
    ]);
    expect(programme.periods).toHaveLength(6);
    const own = (
      await korat.request('GET', `/api/v1/programmes/${id}/provinces/30`)
    ).json() as ProvinceProgress;
    expect(own.reports).toHaveLength(6);
    expect(own.reports[5]?.photos).toHaveLength(1);
    expect(own.overduePeriods).toEqual([]);
    expect(own.score).toBe(100);
    const national = await ranking(analyst, id);
    expect(national.provinces.map((row) => [row.provinceCode, row.rank])).toEqual([
      ['30', 1],
      ['50', 2],
      ['40', 3],
      ['90', 3],
    ]);
    expect(national.lateReporters.map((row) => [row.provinceCode, row.overduePeriods.length])).toEqual([
      ['40', 6],
      ['90', 6],
      ['50', 4],
    ]);
    const mine = await ranking(korat, id);
    expect(mine.provinces.map((row) => row.provinceCode)).toEqual(['30']);
    expect((await chiangmai.request('GET', `/api/v1/programmes/${id}/provinces/30`)).statusCode).toBe(403);
  });
});

describe('a programme from the centre, reported by a province', () => {
  let programme: Programme;
  const indicator = (key: string) =>
    programme.components.flatMap((c) => c.indicators).find((item) => item.key === key)?.id ?? '';

  it('is created and targeted by the centre only', async () => {
    expect((await korat.request('POST', '/api/v1/programmes', { body: programmeBody })).statusCode).toBe(403);
    const backwards = await analyst.request('POST', '/api/v1/programmes', {
      body: { ...programmeBody, endDate: '2024-12-31' },
    });
    expect(backwards.statusCode).toBe(400);
    const created = await analyst.request('POST', '/api/v1/programmes', { body: programmeBody });
    expect(created.statusCode).toBe(201);
    programme = created.json() as Programme;
    expect(programme.periods.map((period) => period.due)).toEqual(['2025-04-15', '2025-07-15']);
    expect((await analyst.request('POST', '/api/v1/programmes', { body: programmeBody })).statusCode).toBe(
      409,
    );

    const targets = {
      targets: [
        { indicatorId: indicator('canals_cleaned'), provinceCode: '30', value: 10 },
        { indicatorId: indicator('schools_given'), provinceCode: '30', value: 20 },
        { indicatorId: indicator('canals_cleaned'), provinceCode: '50', value: 4 },
      ],
    };
    const path = `/api/v1/programmes/${programme.id}/targets`;
    expect((await korat.request('PUT', path, { body: targets })).statusCode).toBe(403);
    expect((await auditor.request('PUT', path, { body: targets })).statusCode).toBe(403);
    const foreign = { targets: [{ indicatorId: programme.id, provinceCode: '30', value: 1 }] };
    expect((await analyst.request('PUT', path, { body: foreign })).statusCode).toBe(400);
    const noProvince = { targets: [{ indicatorId: indicator('ordained'), provinceCode: '99', value: 1 }] };
    expect((await analyst.request('PUT', path, { body: noProvince })).statusCode).toBe(400);
    const saved = await analyst.request('PUT', path, { body: targets });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as { items: unknown[] }).items).toHaveLength(3);
  });

  it('takes a province’s activities, linking its own project only', async () => {
    const project = (
      await korat.request('POST', '/api/v1/projects', {
        body: projectBody({ provinceCode: '30', locations: [{ areaCode: '300101' }] }),
      })
    ).json() as { id: string; code: string };
    const componentId = programme.components[2]?.id;
    const path = `/api/v1/programmes/${programme.id}/activities`;
    const body = {
      componentId,
      provinceCode: '30',
      areaCode: '3001',
      title: 'ขุดลอกคลองบ้านเกาะ',
      projectId: project.id,
    };
    expect((await chiangmai.request('POST', path, { body })).statusCode).toBe(403);
    expect((await korat.request('POST', path, { body: { ...body, areaCode: '5001' } })).statusCode).toBe(400);
    expect(
      (await korat.request('POST', path, { body: { ...body, componentId: programme.id } })).statusCode,
    ).toBe(400);
    const created = await korat.request('POST', path, { body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ project: { id: project.id, code: project.code } });
  });

  it('records period figures with a photo; the ranking follows', async () => {
    const path = `/api/v1/programmes/${programme.id}/reports`;
    const body = {
      provinceCode: '30',
      periodIndex: 1,
      values: [
        { indicatorId: indicator('canals_cleaned'), value: 4 },
        { indicatorId: indicator('schools_given'), value: 5 },
      ],
    };
    expect((await chiangmai.request('PUT', path, { body })).statusCode).toBe(403);
    expect((await korat.request('PUT', path, { body: { ...body, periodIndex: 3 } })).statusCode).toBe(400);
    const foreign = { ...body, values: [{ indicatorId: programme.id, value: 1 }] };
    expect((await korat.request('PUT', path, { body: foreign })).statusCode).toBe(400);
    const negative = { ...body, values: [{ indicatorId: indicator('canals_cleaned'), value: -1 }] };
    expect((await korat.request('PUT', path, { body: negative })).statusCode).toBe(400);
    const first = await korat.request('PUT', path, { body });
    expect(first.statusCode).toBe(200);
    expect((await korat.request('PUT', path, { body })).statusCode).toBe(428);
    expect((await korat.request('PUT', path, { body, headers: ifMatch(5) })).statusCode).toBe(412);
    expect((await ranking(analyst, programme.id)).provinces[0]).toMatchObject({
      provinceCode: '30',
      score: 32.5,
    });

    const corrected = {
      ...body,
      values: [body.values[0], { indicatorId: indicator('schools_given'), value: 10 }],
    };
    const replaced = await korat.request('PUT', path, { body: corrected, headers: ifMatch(1) });
    expect(replaced.statusCode).toBe(200);
    const report = replaced.json() as Report;
    const second = await korat.request('PUT', path, {
      body: { ...body, periodIndex: 2, values: [{ indicatorId: indicator('canals_cleaned'), value: 6 }] },
    });
    expect(second.statusCode).toBe(200);

    const photoPath = `/api/v1/programme-reports/${report.id}/photos`;
    expect(
      (await chiangmai.request('POST', photoPath, multipartFile('x.png', DEMO_PHOTO, 'image/png')))
        .statusCode,
    ).toBe(404);
    expect(
      (await korat.request('POST', photoPath, multipartFile('note.txt', Buffer.from('x'), 'text/plain')))
        .statusCode,
    ).toBe(415);
    const withPhoto = await korat.request(
      'POST',
      photoPath,
      multipartFile('คลอง.png', DEMO_PHOTO, 'image/png'),
    );
    expect(withPhoto.statusCode).toBe(201);
    const photoId = (withPhoto.json() as Report).photos[0]?.id;
    const photo = await analyst.request('GET', `${photoPath}/${photoId}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect((await chiangmai.request('GET', `${photoPath}/${photoId}`)).statusCode).toBe(404);

    const after = await ranking(analyst, programme.id);
    expect(after.provinces.map((row) => [row.provinceCode, row.score, row.rank])).toEqual([
      ['30', 75, 1],
      ['50', 0, 2],
    ]);
    // Both periods of 2025 are past due; the province that reported them is not late.
    expect(after.lateReporters.map((row) => [row.provinceCode, row.overduePeriods])).toEqual([
      ['50', [1, 2]],
    ]);
  });
});
