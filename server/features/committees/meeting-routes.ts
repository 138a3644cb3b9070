import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agendaCandidateListSchema,
  agendaItemSchema,
  followUpSchema,
  meetingDetailSchema,
  meetingListSchema,
  meetingSchema,
} from '../../../domain/committees/responses.js';
import {
  agendaItemCreateSchema,
  attendanceSchema,
  followUpCreateSchema,
  followUpUpdateSchema,
  meetingCreateSchema,
  meetingListQuery,
  meetingUpdateSchema,
  proposalCreateSchema,
  resolutionSchema,
} from '../../../domain/committees/schemas.js';
import { needSchema } from '../../../domain/needs/need-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { OPERATION_ERRORS as ERRORS, versionedWriteRoute } from '../../platform/http/versioned-routes.js';
import { addAgendaItem, buildAgenda, listAgendaCandidates } from './agenda-service.js';
import { recordAttendance } from './attendance-service.js';
import { COMMITTEE_TAGS as tags } from './committee-routes.js';
import { createFollowUp, updateFollowUp } from './follow-up-service.js';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from './meeting-service.js';
import { enterProposal } from './proposal-service.js';
import { recordResolution } from './resolution-service.js';

const params = uuidParams;

/** Meetings: numbering, attendance and quorum, agendas from the system, resolutions, follow-ups. */
export function meetingRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    versionedWriteRoute(app, 'patch', {
      path: '/meetings/:id',
      tags,
      summary: 'Mark a meeting held, or move it (date, time, venue) / แก้ไขการประชุม',
      body: meetingUpdateSchema,
      saved: meetingSchema,
      save: (actor, id, version, body) => updateMeeting(deps, actor, id, version, body),
    });
    versionedWriteRoute(app, 'put', {
      path: '/agenda-items/:id/resolution',
      tags,
      summary: 'Record the resolution; approving a waiting document takes its approval step / บันทึกมติ',
      body: resolutionSchema,
      saved: agendaItemSchema,
      save: (actor, id, version, body) => recordResolution(deps, actor, id, version, body),
    });
    versionedWriteRoute(app, 'patch', {
      path: '/committee-follow-ups/:id',
      tags,
      summary: 'Move a follow-up on (in progress, done) / ปรับสถานะเรื่องติดตาม',
      body: followUpUpdateSchema,
      saved: followUpSchema,
      save: (actor, id, version, body) => updateFollowUp(deps, actor, id, version, body),
    });
    app.get(
      '/meetings',
      {
        schema: {
          tags,
          summary: 'Meetings in view, newest first (the calendar) / การประชุม',
          querystring: meetingListQuery,
          response: responses({ 200: compiledResponse(meetingListSchema) }, { errors: ERRORS.list }),
        },
      },
      (request) => listMeetings(deps, requireActor(request), request.query),
    );
    app.post(
      '/meetings',
      {
        schema: {
          tags,
          summary: 'Schedule or record a meeting (ครั้งที่ n/ปปปป, Thai digits accepted) / เพิ่มการประชุม',
          body: meetingCreateSchema,
          response: responses({ 201: meetingSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createMeeting(deps, requireActor(request), request.body)),
    );
    app.get(
      '/meetings/:id',
      {
        schema: {
          tags,
          summary: 'A meeting with attendance, quorum, agenda and resolutions / รายละเอียดการประชุม',
          params,
          response: responses({ 200: meetingDetailSchema }, { errors: ERRORS.read }),
        },
      },
      (request) => getMeeting(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/meetings/:id/attendance',
      {
        schema: {
          tags,
          summary: 'Record who attended (present, absent with reason, delegate) / บันทึกผู้เข้าประชุม',
          params,
          body: attendanceSchema,
          response: responses({ 200: meetingDetailSchema }, { errors: ERRORS.create }),
        },
      },
      (request) => recordAttendance(deps, requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/meetings/:id/agenda-candidates',
      {
        schema: {
          tags,
          summary: 'What the system proposes for the agenda / เรื่องที่เสนอเข้าวาระ',
          params,
          response: responses({ 200: agendaCandidateListSchema }, { errors: ERRORS.read }),
        },
      },
      (request) => listAgendaCandidates(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/meetings/:id/agenda-items',
      {
        schema: {
          tags,
          summary: 'Add an agenda item (free, a waiting document or a follow-up) / เพิ่มระเบียบวาระ',
          params,
          body: agendaItemCreateSchema,
          response: responses({ 201: agendaItemSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addAgendaItem(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/meetings/:id/agenda/build',
      {
        schema: {
          tags,
          summary: 'Put everything the system proposes on the agenda / จัดระเบียบวาระจากระบบ',
          params,
          response: responses({ 200: meetingDetailSchema }, { errors: ERRORS.create }),
        },
      },
      (request) => buildAgenda(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/agenda-items/:id/proposals',
      {
        schema: {
          tags,
          summary:
            'Enter a private-sector proposal of a กรอ. item as a need (origin กรอ.) / บันทึกข้อเสนอภาคเอกชนเป็นความต้องการ',
          params,
          body: proposalCreateSchema,
          response: responses({ 201: needSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await enterProposal(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/agenda-items/:id/follow-ups',
      {
        schema: {
          tags,
          summary: 'Assign a follow-up action (owner, due date) / มอบหมายเรื่องติดตาม',
          params,
          body: followUpCreateSchema,
          response: responses({ 201: followUpSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createFollowUp(deps, requireActor(request), request.params.id, request.body)),
    );
  };
}
