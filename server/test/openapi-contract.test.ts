import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness.js';

let context: TestContext;
let document: OpenAPIV3.Document;
beforeAll(async () => {
  context = await createTestContext();
  const response = await context.app.inject({ method: 'GET', url: '/api/openapi.json' });
  document = response.json();
});
afterAll(() => context.close());

type Operation = { name: string; operation: OpenAPIV3.OperationObject };

function operationsOf(doc: OpenAPIV3.Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item ?? {})
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation: operation as OpenAPIV3.OperationObject,
      })),
  );
}

const responseOf = (operation: OpenAPIV3.OperationObject, status: string) =>
  operation.responses[status] as OpenAPIV3.ResponseObject;

describe('the OpenAPI document', () => {
  it('passes a third-party OpenAPI validator', async () => {
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
  });

  it('gives every operation a unique operationId', () => {
    const operations = operationsOf(document);
    const missing = operations.filter(({ operation }) => !operation.operationId).map(({ name }) => name);
    expect(missing).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every operation a success response with a schema (or an explicit empty 204)', () => {
    const withoutSchema = operationsOf(document)
      .filter(({ operation }) => {
        const statuses = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
        return !statuses.some((status) => {
          const content = responseOf(operation, status).content;
          return status === '204' || Object.values(content ?? {}).some((media) => media.schema);
        });
      })
      .map(({ name }) => name);
    expect(withoutSchema).toEqual([]);
  });

  it('documents the errors of every operation as problem+json with a Thai and English example', () => {
    const undocumented = operationsOf(document)
      .filter(({ operation }) => {
        const errors = Object.keys(operation.responses).filter((status) => /^[45]\d\d$/.test(status));
        return (
          errors.length === 0 ||
          errors.some((status) => {
            const example = responseOf(operation, status).content?.['application/problem+json']?.example as
              { messages?: { th?: string; en?: string } } | undefined;
            return !example?.messages?.th || !example.messages.en;
          })
        );
      })
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });
});
