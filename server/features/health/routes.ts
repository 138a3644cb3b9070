import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDependencies } from '../../platform/dependencies.js';
import { migrationStatus } from '../../platform/db/migrations.js';
import { responses } from '../../platform/http/responses.js';
import { healthSchema, type Health } from '../../../domain/health/health.js';

/** Liveness with the database kind and how many migrations are applied. */
export function healthRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = {
      tags: ['health'],
      summary: 'Health / สถานะระบบ',
      response: responses({ 200: healthSchema }, { errors: [500] }),
    };
    app.get('/health', { schema }, async (): Promise<Health> => {
      const sets = await migrationStatus(deps.database);
      const applied = sets.reduce((total, set) => total + set.applied, 0);
      return { status: 'ok', database: { kind: deps.database.kind, migrations: { applied, sets } } };
    });
  };
}
