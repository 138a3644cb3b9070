import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRecords } from '../../platform/files/sheet.js';
import { householdBody, testNationalId } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { urlFor } from '../../test/matrix/fixtures.js';
import { operationsOf } from '../../test/openapi-operations.js';

/**
 * No personal field leaves through any read of the API: every GET of the OpenAPI document (lists,
 * exports, the portal and open data included) as the administrator, the provincial head who may
 * unmask, and anonymous, searched for a planted person's id number, names and house number.
 */
const PERSON = { nationalId: testNationalId(98765432), firstName: 'ลับเฉพาะบุคคล', lastName: 'ห้ามรั่วไหล' };
const HOUSE_NO = '77/7 ซอยลับ';
const PLANTED = [PERSON.nationalId, PERSON.firstName, PERSON.lastName, HOUSE_NO];

let context: TestContext;
let clients: { name: string; client: TestClient | null }[];
let ids: Record<string, string>;
beforeAll(async () => {
  context = await createTestContext();
  const planner = await context.signIn('planner.korat');
  const created = (
    await planner.request('POST', '/api/v1/households', {
      body: householdBody('300101', { houseNo: HOUSE_NO, members: [{ ...PERSON, relation: 'head' }] }),
    })
  ).json() as { id: string; members: { id: string }[] };
  ids = {
    households: created.id,
    'household-members': created.members[0]?.id ?? '',
    areas: '300101',
    provinces: '30',
  };
  clients = [
    { name: 'admin', client: await context.signIn('admin') },
    { name: 'head.korat', client: await context.signIn('head.korat') },
    { name: 'anonymous', client: null },
  ];
}, 120_000);
afterAll(() => context.close());

async function textOf(response: { headers: Record<string, unknown>; body: string; rawPayload: Buffer }) {
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) {
    return (await readSheetRecords('read.xlsx', response.rawPayload)).flatMap((row) => row.cells).join('|');
  }
  return response.body;
}

describe('personal fields never leave through a read', () => {
  it('answers every GET operation without the planted person’s id number, names or house number', async () => {
    const document = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const reads = operationsOf(document).filter((operation) => operation.method === 'GET');
    expect(reads.length).toBeGreaterThan(50);
    const leaks: string[] = [];
    let answered = 0;
    for (const operation of reads) {
      const takesProvince = operation.parameters.some((parameter) => parameter.name === 'provinceCode');
      const url = `${urlFor(operation.path, ids)}${takesProvince ? '?provinceCode=30' : ''}`;
      for (const { name, client } of clients) {
        const response = client
          ? await client.request('GET', url)
          : await context.app.inject({ method: 'GET', url });
        answered += response.statusCode === 200 ? 1 : 0;
        const text = await textOf(response);
        for (const planted of PLANTED) {
          if (text.includes(planted)) {
            leaks.push(`${url} as ${name} shows ${planted}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    // The sweep must reach real answers (anonymous gets 401 on nearly all), the case itself among them.
    expect(answered).toBeGreaterThan(reads.length / 2);
    const own = await clients[1]?.client?.request('GET', `/api/v1/households/${ids.households}`);
    expect(own?.statusCode).toBe(200);
  }, 600_000);
});
