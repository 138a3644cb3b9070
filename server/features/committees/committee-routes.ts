import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  committeeDashboardSchema,
  committeeDetailSchema,
  committeeListSchema,
  committeeSchema,
  followUpListSchema,
  meetingNumberSchema,
  memberSavedSchema,
} from '../../../domain/committees/responses.js';
import {
  committeeCreateSchema,
  committeeListQuery,
  followUpListQuery,
  memberCreateSchema,
  memberUpdateSchema,
  nextMeetingNoQuery,
} from '../../../domain/committees/schemas.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { OPERATION_ERRORS as ERRORS, versionedWriteRoute } from '../../platform/http/versioned-routes.js';
import { createCommittee, getCommittee, listCommittees } from './committee-service.js';
import { addMember, updateMember } from './member-service.js';
import { committeeDashboard } from './dashboard.js';
import { listFollowUps } from './follow-up-service.js';
import { nextMeetingNo } from './meeting-service.js';

export const COMMITTEE_TAGS = ['committees'];
const tags = COMMITTEE_TAGS;
const params = uuidParams;

/** Committees (ก.บ.จ., ก.บ.ก., กรอ.) of provinces and clusters, their members and open follow-ups. */
export function committeeRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/committees',
      {
        schema: {
          tags,
          summary: 'Committees in view / คณะกรรมการ',
          querystring: committeeListQuery,
          response: responses({ 200: compiledResponse(committeeListSchema) }, { errors: ERRORS.list }),
        },
      },
      (request) => listCommittees(deps, requireActor(request), request.query),
    );
    app.post(
      '/committees',
      {
        schema: {
          tags,
          summary: 'Set up a committee of a province or cluster / เพิ่มคณะกรรมการ',
          body: committeeCreateSchema,
          response: responses({ 201: committeeSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCommittee(deps, requireActor(request), request.body)),
    );
    app.get(
      '/committees/:id',
      {
        schema: {
          tags,
          summary: 'A committee with its members in office / คณะกรรมการและกรรมการ',
          params,
          response: responses({ 200: committeeDetailSchema }, { errors: ERRORS.read }),
        },
      },
      (request) => getCommittee(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/committees/:id/members',
      {
        schema: {
          tags,
          summary: 'Appoint a member for a term (warns on the term rule) / แต่งตั้งกรรมการ',
          params,
          body: memberCreateSchema,
          response: responses({ 201: memberSavedSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addMember(deps, requireActor(request), request.params.id, request.body)),
    );
    versionedWriteRoute(app, 'patch', {
      path: '/committee-members/:id',
      tags,
      summary: 'Correct a member’s appointment (warns on the term rule) / แก้ไขข้อมูลกรรมการ',
      body: memberUpdateSchema,
      saved: memberSavedSchema,
      save: (actor, id, version, body) => updateMember(deps, actor, id, version, body),
    });
    app.get(
      '/committees/:id/next-meeting-no',
      {
        schema: {
          tags,
          summary: 'The number the next meeting of a BE year would take / ครั้งที่ประชุมถัดไป',
          params,
          querystring: nextMeetingNoQuery,
          response: responses({ 200: meetingNumberSchema }, { errors: ERRORS.read }),
        },
      },
      (request) => nextMeetingNo(deps, requireActor(request), request.params.id, request.query.beYear),
    );
    app.get(
      '/committee-dashboard',
      {
        schema: {
          tags,
          summary: 'The dashboard card: next meetings and open follow-ups / การประชุมและเรื่องติดตาม',
          response: responses({ 200: committeeDashboardSchema }, { errors: ERRORS.list }),
        },
      },
      (request) => committeeDashboard(deps, requireActor(request)),
    );
    app.get(
      '/committee-follow-ups',
      {
        schema: {
          tags,
          summary: 'Follow-ups of resolutions, overdue flagged / เรื่องติดตามตามมติ',
          querystring: followUpListQuery,
          response: responses({ 200: followUpListSchema }, { errors: ERRORS.list }),
        },
      },
      (request) => listFollowUps(deps, requireActor(request), request.query),
    );
  };
}
