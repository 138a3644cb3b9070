import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import {
  publishRuleSetSchema,
  ruleSetCreateSchema,
  ruleSetListQuery,
  ruleSetSchema,
  ruleSetSummarySchema,
  ruleSetUpdateSchema,
} from '../../../domain/projects/rules/rule-set.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import {
  createRuleSet,
  getRuleSet,
  listRuleSets,
  publishRuleSet,
  reviseRuleSet,
  updateRuleSet,
} from './rule-set-service.js';

/** Eligibility rule sets per fiscal year: read by everyone, drafted and published by administrators. */
export function ruleSetRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['budget'];
    const writeErrors = { errors: [400, 401, 403, 404, 409, 412, 428] as const };
    app.get(
      '/rule-sets',
      {
        schema: {
          tags,
          summary: 'Eligibility rule sets / ชุดเกณฑ์พิจารณาโครงการ',
          querystring: ruleSetListQuery,
          response: responses({ 200: itemsSchema(ruleSetSummarySchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => ({
        items: await listRuleSets(deps, requireActor(request), request.query.fiscalYear),
      }),
    );
    app.get(
      '/rule-sets/:id',
      {
        schema: {
          tags,
          summary: 'One rule set with its rules / ชุดเกณฑ์และรายการเกณฑ์',
          params: uuidParams,
          response: responses({ 200: ruleSetSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        const ruleSet = await getRuleSet(deps, requireActor(request), request.params.id);
        return reply.header('etag', etag(ruleSet.version)).send(ruleSet);
      },
    );
    app.post(
      '/rule-sets',
      {
        schema: {
          tags,
          summary: 'Draft a rule set for a fiscal year / ร่างชุดเกณฑ์ของปีงบประมาณ',
          body: ruleSetCreateSchema,
          response: responses({ 201: ruleSetSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createRuleSet(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.put(
      '/rule-sets/:id',
      {
        schema: {
          tags,
          summary: 'Edit a draft rule set / แก้ไขชุดเกณฑ์ฉบับร่าง',
          params: uuidParams,
          body: ruleSetUpdateSchema,
          response: responses({ 200: ruleSetSchema }, writeErrors),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const actor = requireActor(request);
        const expected = expectedVersion(request, version);
        const updated = await updateRuleSet(deps, actor, request.params.id, expected, input);
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
    app.post(
      '/rule-sets/:id/revisions',
      {
        schema: {
          tags,
          summary: 'Start a new revision from a set / สร้างชุดเกณฑ์ฉบับปรับปรุง',
          params: uuidParams,
          response: responses({ 201: ruleSetSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const created = await reviseRuleSet(deps, requireActor(request), request.params.id);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.post(
      '/rule-sets/:id/publish',
      {
        schema: {
          tags,
          summary: 'Publish a draft rule set / ประกาศใช้ชุดเกณฑ์',
          params: uuidParams,
          body: publishRuleSetSchema,
          response: responses({ 200: ruleSetSchema }, writeErrors),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const expected = expectedVersion(request, request.body.version);
        const published = await publishRuleSet(deps, actor, request.params.id, expected);
        return reply.header('etag', etag(published.version)).send(published);
      },
    );
  };
}
