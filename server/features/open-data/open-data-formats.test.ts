import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf } from '../../../domain/open-data/dictionary.js';
import { createProjectAt } from '../../test/factories.js';
import { createTestContext, type TestContext } from '../../test/harness.js';

/** OC4IDS packages against the vendored schema, CSV bytes as a spreadsheet reads them, ETags. */
const schema = JSON.parse(
  readFileSync(new URL('../../../domain/open-data/oc4ids-schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const SOFFICE = '/usr/bin/soffice';

let context: TestContext;
let project: { id: string; code: string };

beforeAll(async () => {
  context = await createTestContext();
  const planner = await context.signIn('planner.korat');
  project = await createProjectAt(context, planner, 'allocated', {
    title: 'ขุดลอกหนองน้ำสาธารณะ "หนองใหญ่", ตำบลในเมือง',
    objective: 'เพิ่มปริมาณน้ำเพื่อการเกษตร',
    emenscrCode: 'NR0101-69-0001',
    gfmisCode: '1500800000',
  });
  await createProjectAt(context, planner, 'completed', { title: 'ซ่อมสร้างถนน คสล. สายบ้านโคก' });
}, 120_000);
afterAll(() => context?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  context.app.inject({ method: 'GET', url, headers });

describe('OC4IDS packages', () => {
  it('validate against the schema, per project and per province, with stable ids and national identifiers', async () => {
    const single = (await get(`/api/open/v1/oc4ids/projects/${encodeURIComponent(project.code)}`)).json();
    expect(validate(single), JSON.stringify(validate.errors)).toBe(true);
    expect(single.projects[0]).toMatchObject({
      id: `oc4ids-areaplan-${project.code}`,
      status: 'implementation',
      budget: { amount: { amount: 2500000, currency: 'THB' } },
      identifiers: [
        { id: 'NR0101-69-0001', scheme: 'TH-EMENSCR' },
        { id: '1500800000', scheme: 'TH-GFMIS' },
      ],
      period: { startDate: '2025-09-30T17:00:00.000Z', endDate: '2026-09-30T16:59:59.000Z' },
    });
    const province = (await get('/api/open/v1/oc4ids/provinces/30')).json();
    expect(validate(province), JSON.stringify(validate.errors)).toBe(true);
    expect(province.projects).toHaveLength(2);
  });

  it('the schema check can fail: a package without projects or with an unknown status is refused', () => {
    const base = {
      uri: 'https://example.org/p',
      version: '0.9',
      publishedDate: '2026-01-01T00:00:00Z',
      publisher: { name: 'x' },
    };
    expect(validate({ ...base, projects: [] })).toBe(false);
    expect(validate({ ...base, projects: [{ id: 'a', status: 'started' }] })).toBe(false);
  });

  it('answers 404 for a province without published projects and 400 for a malformed code', async () => {
    expect((await get('/api/open/v1/oc4ids/provinces/50')).statusCode).toBe(404);
    expect((await get('/api/open/v1/oc4ids/provinces/5x')).statusCode).toBe(400);
  });
});

describe('CSV downloads', () => {
  it('are UTF-8 with a byte-order mark, Thai intact, a header from the data dictionary and safe quoting', async () => {
    const response = await get('/api/open/v1/datasets/projects.csv?provinceCode=30');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('areaplan-projects-30.csv');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const [header, ...lines] = text.split('\r\n');
    expect(header).toBe(columnsOf('projects').join(','));
    expect(text).toContain('"ขุดลอกหนองน้ำสาธารณะ ""หนองใหญ่"", ตำบลในเมือง"');
    expect(text).toContain('ซ่อมสร้างถนน คสล. สายบ้านโคก');
    expect(lines.filter(Boolean)).toHaveLength(2);
  });

  // CI installs LibreOffice Calc (.ci/run). Headless, Calc shows no Text Import dialog, so the options
  // are given as that dialog sets them for this file: comma, double quote, UTF-8 (76).
  it.skipIf(!existsSync(SOFFICE))('open in LibreOffice Calc with Thai intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'open-csv-'));
    writeFileSync(join(dir, 'projects.csv'), (await get('/api/open/v1/datasets/projects.csv')).rawPayload);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:44,34,76',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        join(dir, 'projects.csv'),
      ],
      { timeout: 120_000 },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'projects.xlsx'));
    const cells = new Set<string>();
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.add(String(cell.value))));
    expect(cells).toContain('ขุดลอกหนองน้ำสาธารณะ "หนองใหญ่", ตำบลในเมือง');
    expect(cells).toContain('ซ่อมสร้างถนน คสล. สายบ้านโคก');
    // The byte-order mark is read as the encoding's mark, not as part of the first heading.
    expect(cells).toContain(columnsOf('projects')[0]);
  });

  it('JSON downloads carry the same rows', async () => {
    const json = (await get('/api/open/v1/datasets/projects.json')).json();
    expect(json.items).toHaveLength(2);
    expect(Object.keys(json.items[0])).toEqual(columnsOf('projects'));
  });
});

describe('caching', () => {
  it('sends an ETag and public caching, and 304 without a body when the client has it', async () => {
    for (const url of [
      '/api/open/v1/datasets/spending.csv',
      '/api/open/v1/projects',
      '/api/open/v1/dictionary',
    ]) {
      const first = await get(url);
      expect(first.headers['cache-control'], url).toContain('public');
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^"[\w-]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode, url).toBe(200);
    }
  });

  it('changes the ETag when the published data changes', async () => {
    const before = (await get('/api/open/v1/projects')).headers.etag;
    const planner = await context.signIn('planner.korat');
    await createProjectAt(context, planner, 'spending', { title: 'โครงการใหม่' });
    expect((await get('/api/open/v1/projects')).headers.etag).not.toBe(before);
  });
});
