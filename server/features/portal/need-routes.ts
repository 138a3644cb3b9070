import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenNeedReceiptSchema, citizenNeedSchema } from '../../../domain/portal/need-submission.js';
import { portalLanguageQuery, portalProvinceParams } from '../../../domain/portal/query.js';
import type { PortalLanguage } from '../../../domain/portal/words.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { AppError, type FieldError } from '../../platform/http/errors.js';
import { fieldErrorsOf } from '../../platform/http/problem.js';
import { fileResponse, responses } from '../../platform/http/responses.js';
import { nameIn } from '../../../domain/portal/format.js';
import { issueChallenge, submitCitizenNeed } from './citizen-needs.js';
import { notFoundView } from './pages/layout.js';
import { needFormView, needThanksView } from './pages/need-form.js';
import { needFormChoices } from './reads.js';

const HTML = 'text/html; charset=utf-8';
/** Submissions one address may make; a village head sending a handful of needs stays well inside. */
export const CITIZEN_NEED_LIMIT = { max: 10, timeWindow: '1 hour' } as const;

/** The citizen's need form and its submission, re-shown with the problems when something is wrong. */
export function needFormRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    async function showForm(
      reply: FastifyReply,
      provinceCode: string,
      lang: PortalLanguage,
      state: { values: Record<string, string>; errors: FieldError[] },
    ) {
      const choices = await needFormChoices(deps, provinceCode);
      if (!choices) {
        return reply.code(404).type(HTML).send(notFoundView(lang));
      }
      const challenge = await issueChallenge(deps);
      const body = needFormView(
        {
          province: { code: provinceCode, name: nameIn(choices.province, lang) },
          areas: choices.areas.map((area) => ({
            code: area.code,
            level: area.level,
            name: nameIn(area, lang),
          })),
          dimensions: choices.dimensions.map((d) => ({ id: d.id, name: nameIn(d, lang) })),
          challenge,
          values: state.values,
          errors: state.errors.map((error) => ({ field: error.path, message: error.message[lang] })),
        },
        lang,
      );
      return reply
        .code(state.errors.length ? 400 : 200)
        .header('cache-control', 'no-store')
        .type(HTML)
        .send(body);
    }

    app.get(
      '/portal/provinces/:provinceCode/needs/new',
      {
        schema: {
          tags: ['portal'],
          summary: 'The form to raise a need / แบบเสนอปัญหาความต้องการ',
          params: portalProvinceParams,
          querystring: portalLanguageQuery,
          response: responses(
            { 200: fileResponse('HTML page / หน้าเว็บ', 'text/html') },
            { errors: [400, 404] },
          ),
        },
      },
      async (request, reply) =>
        showForm(reply, request.params.provinceCode, request.query.lang, { values: {}, errors: [] }),
    );

    app.post(
      '/portal/provinces/:provinceCode/needs',
      {
        config: { rateLimit: { ...CITIZEN_NEED_LIMIT, allowList: () => false } },
        attachValidation: true,
        schema: {
          tags: ['portal'],
          summary: 'Raise a need: it enters the province screening queue / เสนอปัญหาความต้องการ',
          params: portalProvinceParams,
          body: citizenNeedSchema,
          response: responses(
            { 200: fileResponse('HTML page / หน้าเว็บ', 'text/html'), 201: citizenNeedReceiptSchema },
            { errors: [400, 404, 429] },
          ),
        },
      },
      async (request, reply) => {
        const raw = (request.body ?? {}) as Record<string, unknown>;
        const values = Object.fromEntries(
          Object.entries(raw).map(([key, value]) => [key, String(value ?? '')]),
        );
        const lang: PortalLanguage = values.lang === 'en' ? 'en' : 'th';
        const { provinceCode } = request.params;
        if (request.validationError) {
          const parsed = citizenNeedSchema.safeParse(raw);
          const errors = parsed.success ? [] : fieldErrorsOf(parsed.error.issues);
          return showForm(reply, provinceCode, lang, { values, errors });
        }
        try {
          const receipt = await submitCitizenNeed(deps, provinceCode, request.body);
          return reply
            .code(200)
            .header('cache-control', 'no-store')
            .type(HTML)
            .send(needThanksView(receipt, lang));
        } catch (error) {
          if (error instanceof AppError && error.status === 400) {
            const errors = error.fieldErrors.length
              ? error.fieldErrors
              : [{ path: '', message: error.messages }];
            return showForm(reply, provinceCode, lang, { values, errors });
          }
          throw error;
        }
      },
    );
  };
}
