import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemSchema } from '../../../domain/common/problem.js';
import { registerContract } from './contract.js';
import { notFound } from './errors.js';
import { registerProblemHandlers } from './problem.js';
import { responses } from './responses.js';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
registerContract(app);
registerProblemHandlers(app);
const itemSchema = z.object({ id: z.string(), name: z.string() });
app.get(
  '/items',
  {
    schema: {
      querystring: z.object({ q: z.string().optional() }),
      response: responses({ 200: z.array(itemSchema) }, { errors: [400, 404] }),
    },
  },
  (request) => {
    if (request.query.q === 'missing') {
      throw notFound({ th: 'รายการ', en: 'Item' });
    }
    // A presenter that leaks a field: the response schema must drop it.
    const leaked = { id: '1', name: 'ถนน', passwordHash: 'secret' };
    return [leaked];
  },
);

beforeAll(() => app.ready());
afterAll(() => app.close());

describe('the API contract at run time', () => {
  it('strips a response field the schema does not name', async () => {
    const response = await app.inject({ method: 'GET', url: '/items' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([{ id: '1', name: 'ถนน' }]);
  });

  it('rejects an unknown query parameter with a problem naming it in Thai and English', async () => {
    const response = await app.inject({ method: 'GET', url: '/items?q=a&provinceCode=50' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = problemSchema.parse(response.json());
    expect(problem.code).toBe('unknown-query-parameter');
    expect(problem.messages.th).toContain('provinceCode');
    expect(problem.messages.en).toContain('provinceCode');
    expect(problem.errors?.[0]?.path).toBe('querystring.provinceCode');
  });

  it('sends errors through the problem schema without losing their extra fields', async () => {
    const response = await app.inject({ method: 'GET', url: '/items?q=missing' });
    expect(response.statusCode).toBe(404);
    expect(problemSchema.parse(response.json()).messages).toEqual({ th: 'ไม่พบรายการ', en: 'Item not found' });
  });

  it('refuses a querystring schema that is not a zod object', () => {
    const other = Fastify();
    registerContract(other);
    expect(() => other.get('/x', { schema: { querystring: z.string() } }, () => 'x')).toThrow(
      /querystring schema must be a zod object/,
    );
  });
});
