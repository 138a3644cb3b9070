import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuthentication } from './platform/auth/plugin.js';
import { registerContract } from './platform/http/contract.js';
import { contractTransform } from './platform/http/openapi.js';
import { registerControlCharacterGuard } from './platform/http/control-characters.js';
import { frameworkErrorOptions } from './platform/http/framework-errors.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import { registerWebApp } from './platform/web-app.js';
import type { AppDependencies } from './platform/dependencies.js';
import { FEATURES } from './features/index.js';

export type App = FastifyInstance;

/** Builds the HTTP application; the caller owns the database and the job runner. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    ...frameworkErrorOptions,
  }).withTypeProvider<ZodTypeProvider>();
  registerContract(app);
  registerProblemHandlers(app);
  registerControlCharacterGuard(app);

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
  await app.register(rateLimit, {
    max: config.apiRateLimitPerMinute,
    timeWindow: '1 minute',
    // The web app's static files and the health probe are not part of the limited API.
    allowList: (request) => !request.url.startsWith('/api/') || request.url.startsWith('/api/health'),
  });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'AreaPlan API',
        version: '1',
        description: 'ระบบแผนพัฒนาพื้นที่แบบบูรณาการ — Integrated area-based planning',
      },
    },
    transform: contractTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerAuthentication(app, deps.database, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });

  for (const feature of FEATURES) {
    for (const { plugin, prefix } of feature.routes ?? []) {
      await app.register(plugin(deps), { prefix });
    }
  }

  registerWebApp(app, config.webDir);
  return app;
}
