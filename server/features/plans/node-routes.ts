import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../../domain/auth/policy.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS, withEtag } from './contract.js';

type RouteApp = Parameters<FastifyPluginAsyncZod>[0];
type Versioned = { version: number };
type VersionedBody = z.ZodType<{ version?: number }>;

/** A write on one node of a draft plan version, based on the version the client last read. */
type NodeWrite<Body extends VersionedBody, Node extends z.ZodType<Versioned>> = {
  path: string;
  summary: string;
  body: Body;
  node: Node;
  save: (actor: Actor, id: string, version: number, body: z.output<Body>) => Promise<z.output<Node>>;
};

const tags = ['plans'];

/** `PATCH path` (or `PUT` for a whole-list replacement): saves under If-Match and answers the node with its ETag. */
export function nodeWriteRoute<Body extends VersionedBody, Node extends z.ZodType<Versioned>>(
  app: RouteApp,
  method: 'patch' | 'put',
  write: NodeWrite<Body, Node>,
): void {
  app.route({
    method: method.toUpperCase() as 'PATCH' | 'PUT',
    url: write.path,
    schema: {
      tags,
      summary: write.summary,
      params: uuidParams,
      // Widened here so Fastify can type the handler; the declared schemas still validate and document.
      body: write.body as VersionedBody,
      response: responses({ 200: write.node as z.ZodType<Versioned> }, { errors: PLAN_ERRORS.edit }),
    },
    handler: async (request, reply) => {
      const body = request.body as z.output<Body>;
      const saved = await write.save(
        requireActor(request),
        request.params.id,
        expectedVersion(request, body.version),
        body,
      );
      return withEtag(reply, saved);
    },
  });
}

/** `DELETE path` under If-Match: 204 when the node and what hangs under it are gone. */
export function nodeDeleteRoute(
  app: RouteApp,
  path: string,
  summary: string,
  remove: (actor: Actor, id: string, version: number) => Promise<void>,
): void {
  app.delete(
    path,
    {
      schema: {
        tags,
        summary,
        params: uuidParams,
        response: responses({ 204: noContent }, { errors: PLAN_ERRORS.edit }),
      },
    },
    async (request, reply) => {
      await remove(requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send(null);
    },
  );
}

/** The fields of an edit, without the version it was based on. */
export function withoutVersion<T extends { version?: number }>({
  version: _based,
  ...fields
}: T): Omit<T, 'version'> {
  return fields;
}
