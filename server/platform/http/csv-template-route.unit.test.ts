import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { VILLAGE_COLUMNS } from '../../../domain/areas/village-import.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { INDICATOR_VALUE_COLUMNS } from '../../../domain/indicators/value-rows.js';
import { registerContract } from './contract.js';
import { csvTemplateRoute, csvTemplateText } from './csv-template-route.js';
import { registerProblemHandlers } from './problem.js';

describe('csvTemplateText', () => {
  it('writes the BOM, the header and each example row on its own line', () => {
    expect(csvTemplateText(VILLAGE_COLUMNS, [['30010101', 'บ้านตัวอย่าง', 'Ban Tua Yang']])).toBe(
      '\uFEFFcode,name_th,name_en\n30010101,บ้านตัวอย่าง,Ban Tua Yang\n',
    );
    expect(
      csvTemplateText(INDICATOR_VALUE_COLUMNS, [
        ['JPT-WATER', '30010101', '2568', '', '95', '100'],
        ['JPT-SURVEYED', '30010101', '2568', '100', '', ''],
      ]),
    ).toBe(
      '\uFEFFindicator_code,area_code,year,value,numerator,denominator\n' +
        'JPT-WATER,30010101,2568,,95,100\nJPT-SURVEYED,30010101,2568,100,,\n',
    );
  });
});

describe('csvTemplateRoute', () => {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  registerContract(app);
  registerProblemHandlers(app);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (request.headers['x-test-actor']) {
      request.actor = { userId: 'u' } as Actor;
    }
  });
  csvTemplateRoute(app, {
    path: '/template',
    summary: 'Template',
    tags: ['test'],
    fileName: 'things-template.csv',
    columns: ['a', 'b'],
    examples: [['1', '2']],
  });
  afterAll(() => app.close());

  it('sends the template as a named CSV download to a signed-in user', async () => {
    const response = await app.inject({ url: '/template', headers: { 'x-test-actor': '1' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="things-template.csv"');
    expect(response.body).toBe('\uFEFFa,b\n1,2\n');
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await app.inject({ url: '/template' });
    expect(response.statusCode).toBe(401);
  });
});
