import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { AppDependencies } from '../../app.js';
import { selectRows } from '../../platform/db/client.js';

/** Liveness with the database kind and how many migrations are applied. */
export function healthRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['health'], summary: 'Health / สถานะระบบ' } }, async () => {
      const [migrations] = await selectRows<{ applied: number; latest: string | null }>(
        deps.database.db,
        sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
      );
      return {
        status: 'ok',
        database: { kind: deps.database.kind, migrations: { applied: Number(migrations?.applied ?? 0), latest: migrations?.latest ?? null } },
      };
    });
  };
}
