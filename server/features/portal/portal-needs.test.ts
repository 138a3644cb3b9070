import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestContext } from '../../test/harness.js';

/** A citizen's need from the portal form lands in its own province's screening queue, and only there. */
let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
}, 120_000);
afterAll(() => context?.close());

/** Opens the form and returns its challenge id with the answer, issued long enough ago to be typed by hand. */
async function openForm(provinceCode = '30'): Promise<{ challengeId: string; answer: string; html: string }> {
  const response = await context.app.inject({
    method: 'GET',
    url: `/portal/provinces/${provinceCode}/needs/new`,
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  const challengeId = /name="challengeId" value="([^"]+)"/.exec(response.body)?.[1] ?? '';
  await context.database.db.execute(
    sql`update portal_challenges set issued_at = now() - interval '1 minute' where id = ${challengeId}`,
  );
  const [row] = await selectRows<{ answer: string }>(
    context.database.db,
    sql`select answer from portal_challenges where id = ${challengeId}`,
  );
  return { challengeId, answer: row?.answer ?? '', html: response.body };
}

const submit = (fields: Record<string, string>, provinceCode = '30', ip = '203.0.113.7') =>
  context.app.inject({
    method: 'POST',
    url: `/portal/provinces/${provinceCode}/needs`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: ip,
  });

const need = { areaCode: '300101', title: 'ไฟฟ้าส่องสว่างถนนเข้าหมู่บ้านไม่มี', dimensionId: '2', households: '35' };

describe('a citizen raising a need', () => {
  it('enters the right province queue as received, origin public portal, seen by that province only', async () => {
    const form = await openForm();
    expect(form.html).toContain('>เมืองนครราชสีมา<');
    const response = await submit({ ...need, challengeId: form.challengeId, answer: form.answer });
    expect(response.statusCode, response.body).toBe(200);
    const referenceNo = /<strong>([^<]+)<\/strong>/.exec(response.body)?.[1] ?? '';
    expect(referenceNo).toMatch(/30/);
    const korat = await context.signIn('planner.korat');
    const queue = (await korat.request('GET', '/api/v1/needs?status=received&origin=public_portal')).json();
    expect(queue.items).toEqual([
      expect.objectContaining({
        referenceNo,
        title: need.title,
        areaCode: '300101',
        status: 'received',
        origin: 'public_portal',
        households: 35,
      }),
    ]);
    const chiangmai = await context.signIn('planner.chiangmai');
    const other = (await chiangmai.request('GET', '/api/v1/needs?origin=public_portal')).json();
    expect(other.items).toEqual([]);
  });

  it('re-shows the form with the reason for a wrong answer, and the used question cannot be tried again', async () => {
    const form = await openForm();
    const wrong = String(Number(form.answer) + 1);
    const refused = await submit({ ...need, challengeId: form.challengeId, answer: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('คำตอบของคำถามยืนยันไม่ถูกต้อง');
    expect(refused.body).toContain(`value="${need.title}"`);
    const again = await submit({ ...need, challengeId: form.challengeId, answer: form.answer });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('แบบฟอร์มนี้ส่งไปแล้ว');
  });

  it('refuses a place of another province, a filled hidden field and a missing title, writing nothing', async () => {
    const before = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from needs`,
    );
    const otherPlace = await openForm();
    const wrongPlace = await submit({
      ...need,
      areaCode: '500101',
      challengeId: otherPlace.challengeId,
      answer: otherPlace.answer,
    });
    expect(wrongPlace.statusCode).toBe(400);
    expect(wrongPlace.body).toContain('กรุณาเลือกอำเภอหรือตำบลของจังหวัดนี้');
    const robot = await openForm();
    const trapped = await submit({
      ...need,
      website: 'http://spam.example',
      challengeId: robot.challengeId,
      answer: robot.answer,
    });
    expect(trapped.statusCode).toBe(400);
    const empty = await openForm();
    const untitled = await submit({
      ...need,
      title: '',
      challengeId: empty.challengeId,
      answer: empty.answer,
    });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.body).toContain('กรุณาบอกปัญหาอย่างน้อย 5 ตัวอักษร');
    const after = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from needs`,
    );
    expect(after).toEqual(before);
  });

  it('refuses an answer sent faster than a person types', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/portal/provinces/30/needs/new' });
    const challengeId = /name="challengeId" value="([^"]+)"/.exec(response.body)?.[1] ?? '';
    const [row] = await selectRows<{ answer: string }>(
      context.database.db,
      sql`select answer from portal_challenges where id = ${challengeId}`,
    );
    const fast = await submit({ ...need, challengeId, answer: row?.answer ?? '' });
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain('ส่งเร็วเกินไป');
  });

  it('limits how many needs one address may send in an hour', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      statuses.push(
        (await submit({ ...need, challengeId: crypto.randomUUID(), answer: '1' }, '30', '198.51.100.9'))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
