import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDependencies } from '../../platform/dependencies.js';
import { migrationStatus } from '../../platform/db/migrations.js';
import { AppError } from '../../platform/http/errors.js';
import { responses } from '../../platform/http/responses.js';
import { rowLevelSecurityStatus } from './row-level-security.js';
import { healthSchema, type Health } from '../../../domain/health/health.js';

/** Liveness with the database kind and how many migrations are applied; 503 when row-level security is broken. */
export function healthRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = {
      tags: ['health'],
      summary: 'Health / สถานะระบบ',
      response: responses({ 200: healthSchema }, { errors: [500, 503] }),
    };
    app.get('/health', { schema }, async (): Promise<Health> => {
      const security = await rowLevelSecurityStatus(deps.database);
      if (security.problems.length > 0) {
        throw new AppError({
          status: 503,
          code: 'unhealthy',
          message: {
            th: 'ระบบยังไม่พร้อม: การแบ่งสิทธิ์ตามจังหวัดในฐานข้อมูลไม่ครบ (ดู docs/operations.md เรื่องการกู้คืนข้อมูล)',
            en: 'Not ready: the database row-level security is incomplete (see docs/operations.md on restoring)',
          },
          extra: { problems: security.problems },
        });
      }
      const sets = await migrationStatus(deps.database);
      const applied = sets.reduce((total, set) => total + set.applied, 0);
      return { status: 'ok', database: { kind: deps.database.kind, migrations: { applied, sets } } };
    });
  };
}
