import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userCreateSchema, userUpdateSchema } from '../../../domain/users/user.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { pagingQuery } from '../../../domain/common/paging.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { createUser, getUser, listUsers, updateUser } from './service.js';

/** User administration: accounts, roles and area scopes. */
export function userRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: 'List users / รายชื่อผู้ใช้',
          querystring: z.object({ q: z.string().max(100).optional(), ...pagingQuery }),
        },
      },
      (request) => listUsers(deps, requireActor(request), request.query),
    );
    app.get('/users/:id', { schema: { tags, params: uuidParams } }, (request) =>
      getUser(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/users',
      { schema: { tags, summary: 'Create a user / เพิ่มผู้ใช้', body: userCreateSchema } },
      async (request, reply) => {
        const created = await createUser(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', `"${created.version}"`).send(created);
      },
    );
    app.patch(
      '/users/:id',
      { schema: { tags, summary: 'Update a user / แก้ไขผู้ใช้', params: uuidParams, body: userUpdateSchema } },
      async (request, reply) => {
        const actor = requireActor(request);
        const updated = await updateUser(
          deps,
          actor,
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', `"${updated.version}"`).send(updated);
      },
    );
  };
}
