import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageSchema } from '../../../domain/common/paging.js';
import {
  userCreateSchema,
  userExportQuery,
  userListQuery,
  userSchema,
  userUpdateSchema,
} from '../../../domain/users/user.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { responses } from '../../platform/http/responses.js';
import { userListExport } from './export.js';
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
          querystring: userListQuery,
          response: responses({ 200: pageSchema(userSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listUsers(deps, requireActor(request), request.query),
    );
    app.get(
      '/users/export',
      { schema: listExportSchema(tags, 'Export users (xlsx) / ส่งออกรายชื่อผู้ใช้', userExportQuery) },
      (request, reply) =>
        sendListWorkbook(reply, 'users.xlsx', userListExport(deps, requireActor(request), request.query)),
    );
    const oneUser = responses({ 200: userSchema }, { errors: [400, 401, 403, 404] });
    app.get('/users/:id', { schema: { tags, params: uuidParams, response: oneUser } }, (request) =>
      getUser(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: 'Create a user / เพิ่มผู้ใช้',
          body: userCreateSchema,
          response: responses({ 201: userSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createUser(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Update a user / แก้ไขผู้ใช้',
          params: uuidParams,
          body: userUpdateSchema,
          response: responses({ 200: userSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const updated = await updateUser(
          deps,
          actor,
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
  };
}
