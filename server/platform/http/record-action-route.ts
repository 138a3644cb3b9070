import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../../domain/auth/policy.js';
import { requireActor } from './context.js';
import { type ErrorStatus, responses } from './responses.js';
import { uuidParams } from './schemas.js';
import { OPERATION_ERRORS } from './versioned-routes.js';

type RouteApp = Parameters<FastifyPluginAsyncZod>[0];

/** An action on one record without If-Match (answer a check, close a review, supersede): body in, result out. */
type RecordAction<Body extends z.ZodType, Result extends z.ZodType> = {
  path: string;
  summary: string;
  tags: string[];
  body: Body;
  result: Result;
  /** Defaults to what a write under a parent may answer: missing record (404) or a refused move (409). */
  errors?: readonly ErrorStatus[];
  act: (actor: Actor, id: string, body: z.output<Body>) => Promise<z.output<Result>>;
};

/** `POST` or `PUT path` on `/:id`: runs the action for the signed-in actor and answers its result (200). */
export function recordActionRoute<Body extends z.ZodType, Result extends z.ZodType>(
  app: RouteApp,
  method: 'post' | 'put',
  action: RecordAction<Body, Result>,
): void {
  app.route({
    method: method.toUpperCase() as 'POST' | 'PUT',
    url: action.path,
    schema: {
      tags: action.tags,
      summary: action.summary,
      params: uuidParams,
      // Widened here so Fastify can type the handler; the declared schemas still validate and document.
      body: action.body as z.ZodType,
      response: responses(
        { 200: action.result as z.ZodType },
        { errors: action.errors ?? OPERATION_ERRORS.create },
      ),
    },
    handler: (request) =>
      action.act(requireActor(request), request.params.id, request.body as z.output<Body>),
  });
}
