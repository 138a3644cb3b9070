import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { TestClient, TestContext } from '../../../test/harness.js';
import { expectStatus, finishedJob, type ReadyPlan } from '../../../test/factories.js';
import { multipartFile, XLSX_TYPE } from '../../../test/multipart.js';

/** Uploads a sheet for import; returns the response and, when accepted, the finished job. */
export async function importSheet(
  context: TestContext,
  client: TestClient,
  versionId: string,
  which: 'kpis' | 'items',
  content: Buffer,
) {
  const { body, headers } = multipartFile(`${which}.xlsx`, content, XLSX_TYPE);
  const response: LightMyRequestResponse = await client.request(
    'POST',
    `/api/v1/plan-versions/${versionId}/${which}/import`,
    { body, headers },
  );
  const job = response.statusCode === 202 ? await finishedJob(context, client, response.json().job.id) : null;
  return { response, job };
}

/** The exported workbook of a version. */
export async function exportSheet(
  client: TestClient,
  versionId: string,
  which: 'kpis' | 'items',
): Promise<Buffer> {
  const response = await client.request('GET', `/api/v1/plan-versions/${versionId}/${which}.xlsx`);
  if (response.statusCode !== 200) {
    throw new Error(`export failed: ${response.statusCode} ${response.body}`);
  }
  return response.rawPayload;
}

/** Opens a workbook, lets `change` edit its first sheet, and saves it again. */
export async function editWorkbook(
  buffer: Buffer,
  change: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new Error('no sheet');
  }
  change(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The column number of a key in the key row (row 2). */
export function columnOf(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(2).eachCell((cell, column) => {
    if (cell.value === key) {
      found = column;
    }
  });
  if (found === 0) {
    throw new Error(`no column ${key}`);
  }
  return found;
}

/** The whole version tree as the API returns it, for before/after comparisons. */
export async function treeJson(
  client: TestClient,
  plan: Pick<ReadyPlan, 'versionId'>,
): Promise<Record<string, unknown>> {
  const tree = await expectStatus(client, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`);
  return tree;
}
