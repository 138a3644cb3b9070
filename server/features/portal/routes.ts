import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  portalCodeParams,
  portalLanguageQuery,
  portalPlanParams,
  portalProvinceParams,
  portalProvinceQuery,
  portalSearchQuery,
} from '../../../domain/portal/query.js';
import type { PortalLanguage } from '../../../domain/portal/words.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { fileResponse, responses } from '../../platform/http/responses.js';
import { sendCached } from '../open-data/public.js';
import { projectFeed } from './feed.js';
import { notFoundView } from './pages/layout.js';
import { homeView, openDataView, planView, searchView } from './pages/lists.js';
import { projectView } from './pages/project.js';
import { provinceView } from './pages/province.js';
import { needFormRoutes } from './need-routes.js';
import { photoRoutes } from './photos.js';
import { planPdfRoutes } from './plan-pdf.js';
import { planPage, projectPage, provinceList, provincePage, searchPortal } from './reads.js';

const HTML = 'text/html; charset=utf-8';
const page = fileResponse('HTML page / หน้าเว็บ', 'text/html');
const tags = ['portal'];

export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | null,
  lang: PortalLanguage,
) {
  return body === null
    ? reply.code(404).type(HTML).send(notFoundView(lang))
    : sendCached(request, reply, body, HTML);
}

/** The public transparency portal: server-rendered pages, no account, published data only. */
export function portalRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const get = {
      querystring: portalLanguageQuery,
      response: responses({ 200: page }, { errors: [400, 404] }),
    };
    app.get(
      '/portal',
      { schema: { tags, summary: 'Portal home / หน้าแรก', ...get } },
      async (request, reply) =>
        sendPage(request, reply, homeView(await provinceList(deps), request.query.lang), request.query.lang),
    );
    app.get(
      '/portal/provinces/:provinceCode',
      {
        schema: {
          tags,
          summary: 'A province page / หน้าจังหวัด',
          ...get,
          params: portalProvinceParams,
          querystring: portalProvinceQuery,
        },
      },
      async (request, reply) => {
        const { lang, after } = request.query;
        const data = await provincePage(deps, request.params.provinceCode, after);
        return sendPage(request, reply, data && provinceView(data, lang, deps.config.webDir), lang);
      },
    );
    app.get(
      '/portal/projects/:code',
      { schema: { tags, summary: 'A published project / โครงการ', ...get, params: portalCodeParams } },
      async (request, reply) => {
        const data = await projectPage(deps, request.params.code);
        return sendPage(request, reply, data && projectView(data, request.query.lang), request.query.lang);
      },
    );
    app.get(
      '/portal/projects/:code/feed.atom',
      {
        schema: {
          tags,
          summary: 'Follow a project: its Atom feed / ติดตามโครงการ',
          params: portalCodeParams,
          response: responses(
            { 200: fileResponse('Atom feed', 'application/atom+xml') },
            { errors: [400, 404] },
          ),
        },
      },
      async (request, reply) => {
        const data = await projectPage(deps, request.params.code);
        if (!data) {
          return reply.code(404).type(HTML).send(notFoundView('th'));
        }
        const origin = `${request.protocol}://${request.host}`;
        return sendCached(request, reply, projectFeed(data, origin), 'application/atom+xml; charset=utf-8');
      },
    );
    app.get(
      '/portal/plans/:id',
      { schema: { tags, summary: 'A published plan / แผนพัฒนาที่ประกาศใช้', ...get, params: portalPlanParams } },
      async (request, reply) => {
        const plan = await planPage(deps, request.params.id);
        return sendPage(request, reply, plan && planView(plan, request.query.lang), request.query.lang);
      },
    );
    app.get(
      '/portal/search',
      {
        schema: { tags, summary: 'Search projects and plans / ค้นหา', ...get, querystring: portalSearchQuery },
      },
      async (request, reply) => {
        const { q, lang } = request.query;
        const found = q ? await searchPortal(deps, q) : null;
        return sendPage(request, reply, searchView(q ?? '', found, lang), lang);
      },
    );
    app.get(
      '/portal/open-data',
      { schema: { tags, summary: 'Open data / ข้อมูลเปิด', ...get } },
      async (request, reply) =>
        sendPage(request, reply, openDataView(request.query.lang), request.query.lang),
    );
    await app.register(needFormRoutes(deps));
    await app.register(photoRoutes(deps));
    await app.register(planPdfRoutes(deps));
    app.get('/portal/*', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(404).type(HTML).send(notFoundView('th')),
    );
  };
}
