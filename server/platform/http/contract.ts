import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compiledSerialiserOf } from './compiled-serialiser.js';

const serialise: typeof serializerCompiler = (route) =>
  compiledSerialiserOf(route.schema) ?? serializerCompiler(route);

/**
 * The API contract's run-time half: zod validates requests and serialises responses (fields a
 * response schema does not name are stripped; a list's schema marked `compiledResponse` serialises
 * by a function compiled from it), and every query object is strict, so an unknown or
 * misspelt parameter is a 400 instead of being ignored. Register before any route.
 */
export function registerContract(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serialise);
  app.addHook('onRoute', (route) => {
    const querystring = route.schema?.querystring;
    if (!route.schema || querystring === undefined) {
      return;
    }
    if (!(querystring instanceof z.ZodObject)) {
      throw new Error(`${route.method} ${route.url}: the querystring schema must be a zod object`);
    }
    route.schema.querystring = querystring.strict();
  });
}
