import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../../domain/auth/policy.js';
import { etag, expectedVersion, requireActor } from './context.js';
import { type ErrorStatus, noContent, responses } from './responses.js';
import { uuidParams } from './schemas.js';

/** The problem+json errors each kind of operation documents. */
export const OPERATION_ERRORS = {
  /** Lists: bad or unknown query parameters, not signed in, no read permission. */
  list: [400, 401, 403],
  /** One record by id; outside the actor's scope reads as not found. */
  read: [400, 401, 403, 404],
  /** Adding under a parent: the parent may be missing or its version locked. */
  create: [400, 401, 403, 404, 409],
  /** Changes with optimistic concurrency (If-Match): stale (412) or missing (428) versions. */
  edit: [400, 401, 403, 404, 409, 412, 428],
} as const satisfies Record<string, readonly ErrorStatus[]>;

/** Sends the record's version as its ETag, for the next If-Match. */
export function withEtag<T extends { version: number }>(
  reply: { header: (name: string, value: string) => unknown },
  value: T,
): T {
  reply.header('etag', etag(value.version));
  return value;
}

type RouteApp = Parameters<FastifyPluginAsyncZod>[0];
type Versioned = { version: number };
type VersionedBody = z.ZodType<{ version?: number }>;

/** A write on one record, based on the version the client last read. */
type VersionedWrite<Body extends VersionedBody, Saved extends z.ZodType<Versioned>> = {
  path: string;
  summary: string;
  tags: string[];
  body: Body;
  saved: Saved;
  save: (actor: Actor, id: string, version: number, body: z.output<Body>) => Promise<z.output<Saved>>;
};

/** `PATCH path` (or `PUT` for a whole-list replacement) on `/:id`: saves under If-Match and answers the record with its ETag. */
export function versionedWriteRoute<Body extends VersionedBody, Saved extends z.ZodType<Versioned>>(
  app: RouteApp,
  method: 'patch' | 'put',
  write: VersionedWrite<Body, Saved>,
): void {
  app.route({
    method: method.toUpperCase() as 'PATCH' | 'PUT',
    url: write.path,
    schema: {
      tags: write.tags,
      summary: write.summary,
      params: uuidParams,
      // Widened here so Fastify can type the handler; the declared schemas still validate and document.
      body: write.body as VersionedBody,
      response: responses({ 200: write.saved as z.ZodType<Versioned> }, { errors: OPERATION_ERRORS.edit }),
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

type VersionedDelete = {
  path: string;
  summary: string;
  tags: string[];
  remove: (actor: Actor, id: string, version: number) => Promise<void>;
};

/** `DELETE path` on `/:id` under If-Match: 204 when the record and what hangs under it are gone. */
export function versionedDeleteRoute(app: RouteApp, { path, summary, tags, remove }: VersionedDelete): void {
  app.delete(
    path,
    {
      schema: {
        tags,
        summary,
        params: uuidParams,
        response: responses({ 204: noContent }, { errors: OPERATION_ERRORS.edit }),
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
