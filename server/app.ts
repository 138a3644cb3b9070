import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';
import { registerAuthentication } from './platform/auth/plugin.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import type { JobRunner } from './platform/jobs/runner.js';
import { registerWebApp } from './platform/web-app.js';
import { areaRoutes } from './features/areas/routes.js';
import { agencyRoutes } from './features/agencies/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { jobRoutes } from './features/jobs/routes.js';
import { userRoutes } from './features/users/routes.js';
import { alignmentRoutes } from './features/alignment/routes.js';
import { planRoutes } from './features/plans/routes.js';
import { needRoutes } from './features/needs/routes.js';
import { planOutputRoutes } from './features/plans/outputs/routes.js';

export type AppDependencies = { config: Config; database: Database; jobs: JobRunner };

export type App = FastifyInstance;

/** Builds the HTTP application; the caller owns the database and the job runner. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its CSS-in-JS as inline style elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Intranet installs often serve plain HTTP; only ask browsers to upgrade when TLS is in front.
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'AreaPlan API',
        version: '1',
        description: 'ระบบแผนพัฒนาพื้นที่แบบบูรณาการ — Integrated area-based planning',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerAuthentication(app, deps.database, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });

  await app.register(healthRoutes(deps), { prefix: '/api' });
  await app.register(authRoutes(deps), { prefix: '/api/v1' });
  await app.register(areaRoutes(deps), { prefix: '/api/v1' });
  await app.register(agencyRoutes(deps), { prefix: '/api/v1' });
  await app.register(userRoutes(deps), { prefix: '/api/v1' });
  await app.register(auditRoutes(deps), { prefix: '/api/v1' });
  await app.register(jobRoutes(deps), { prefix: '/api/v1' });
  await app.register(alignmentRoutes(deps), { prefix: '/api/v1' });
  await app.register(planRoutes(deps), { prefix: '/api/v1' });
  await app.register(needRoutes(deps), { prefix: '/api/v1' });
  await app.register(planOutputRoutes(deps), { prefix: '/api/v1' });

  registerWebApp(app, config.webDir);
  return app;
}
