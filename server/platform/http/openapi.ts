import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { problemExample } from './problem-examples.js';
import { ERROR_STATUSES, type ErrorStatus } from './responses.js';

const isErrorStatus = (status: number): status is ErrorStatus =>
  (ERROR_STATUSES as readonly number[]).includes(status);

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operationId of every operation, derived in this one place from method and path so none is
 * missing or repeated: `GET /api/v1/needs/:id/attachments` → `getNeedsByIdAttachments`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api' && !/^v\d+$/.test(segment))
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[-_.]/));
  return method.toLowerCase() + words.map(capitalize).join('');
}

/**
 * zod → OpenAPI for each route, plus the contract's conventions: an operationId, and every error
 * status documented as application/problem+json with a Thai/English example built by the real code.
 */
export const contractTransform: SwaggerTransform = (document) => {
  const { schema, url } = jsonSchemaTransform(document as Parameters<typeof jsonSchemaTransform>[0]);
  const { route } = document;
  if (!schema || (schema as { hide?: boolean }).hide) {
    return { schema, url };
  }
  const method = Array.isArray(route.method) ? route.method[0] : route.method;
  const response = schema.response as Record<string, unknown> | undefined;
  for (const key of Object.keys(response ?? {})) {
    const status = Number(key);
    if (response && isErrorStatus(status)) {
      const { description, example } = problemExample(status);
      response[key] = {
        description,
        content: { 'application/problem+json': { schema: response[key], example } },
      };
    }
  }
  return {
    schema: { operationId: operationIdOf(String(method), url), ...schema },
    url,
  };
};
