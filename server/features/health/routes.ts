import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { AppDependencies } from '../../platform/dependencies.js';
import { MIGRATION_SETS } from '../../db/migration-sets.js';
import { selectRows } from '../../platform/db/client.js';
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
      const sets = await Promise.all(
        MIGRATION_SETS.map(async (set) => {
          const [row] = await selectRows<{ applied: number }>(
            deps.database.db,
            sql`select count(*)::int as applied from ${sql.identifier('drizzle')}.${sql.identifier(set.table)}`,
          );
          return { name: set.name, applied: Number(row?.applied ?? 0) };
        }),
      );
      const applied = sets.reduce((total, set) => total + set.applied, 0);
      return { status: 'ok', database: { kind: deps.database.kind, migrations: { applied, sets } } };
    });
  };
}
