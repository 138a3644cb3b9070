import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assetBacklogQuery } from '../../domain/assets/checks.js';
import { assetListQuery } from '../../domain/assets/asset-input.js';
import { assetListSchema } from '../../domain/assets/asset-response.js';
import { assetBacklogSchema } from '../../domain/assets/checks.js';
import { stageListQuery, stageListSchema } from '../../domain/budget/stage-responses.js';
import { committeeListSchema, meetingListSchema } from '../../domain/committees/responses.js';
import { committeeListQuery, meetingListQuery } from '../../domain/committees/schemas.js';
import { rulesFailingQuery, rulesFailingSchema } from '../../domain/dashboards/rules-failing.js';
import { householdListQuery } from '../../domain/households/household-input.js';
import { householdListSchema } from '../../domain/households/household-response.js';
import { belowTargetQuery, shortfallPageSchema } from '../../domain/indicators/figures.js';
import { needListQuery } from '../../domain/needs/need-query.js';
import { needListSchema } from '../../domain/needs/need-response.js';
import { openProjectListQuery, openProjectPageSchema } from '../../domain/open-data/query.js';
import { projectListQuery, similarReportQuery } from '../../domain/projects/project-query.js';
import { projectListSchema, similarReportSchema } from '../../domain/projects/project-response.js';
import { regulationListQuery } from '../../domain/regulations/regulation-input.js';
import { regulationPageSchema } from '../../domain/regulations/responses.js';
import { orphanListQuery, orphanListSchema } from '../../domain/results/orphans.js';
import { warningPageSchema, warningsQuery } from '../../domain/spending/spending-response.js';
import type { Actor } from '../../domain/auth/policy.js';
import { compiledSerialiserOf } from '../platform/http/compiled-serialiser.js';
import { seedFeatures } from '../platform/feature.js';
import { assetBacklog } from '../features/assets/checks.js';
import { listAssets } from '../features/assets/list.js';
import { listStages } from '../features/budget/stage-list.js';
import { listCommittees } from '../features/committees/committee-service.js';
import { listMeetings } from '../features/committees/meeting-service.js';
import { rulesFailingList } from '../features/dashboards/rules-failing.js';
import { listHouseholds } from '../features/households/list.js';
import { FEATURES } from '../features/index.js';
import { belowTarget } from '../features/indicators/shortfalls.js';
import { listNeeds } from '../features/needs/list.js';
import { listOpenProjects } from '../features/open-data/service.js';
import { listProjects } from '../features/projects/list.js';
import { similarProjectReport } from '../features/projects/similar-report.js';
import { listRegulations } from '../features/regulations/list.js';
import { orphanList } from '../features/results/orphans.js';
import { listWarnings } from '../features/spending/warnings.js';
import { actorOf } from './factories.js';
import { createTestContext, type TestContext } from './harness.js';

/**
 * Every keyset-paged list serialises with a function compiled from its zod schema, which coerces
 * instead of checking. On the whole demo (Thai text, nulls, money as satang strings, dates) each
 * list's compiled output must equal zod's encode + `JSON.stringify` of the same presented page, so a
 * presenter that drifts from its schema (a Date, a bigint, a number as text) fails here.
 */
let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
  await seedFeatures(context.database, FEATURES, 'demo');
});
afterAll(() => context.close());

type Page = { nextCursor: string | null };
type ListCase = {
  /** Under /api/v1, or under `prefix` when given. */
  url: string;
  prefix?: string;
  username: string;
  schema: z.ZodType;
  query: z.ZodType;
  present: (actor: Actor, query: never) => Promise<Page>;
  /** What the page must hold for the comparison to mean something. */
  holds: RegExp[];
};

const deps = () => ({ database: context.database });
const thai = /[ก-๙]/;
const nullField = /":null[,}]/;
const satang = /Satang":"\d+"/;
const timestamp = /"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const day = /"\d{4}-\d{2}-\d{2}"/;

const lists: ListCase[] = [
  {
    url: '/needs?areaCode=30&limit=20',
    username: 'planner.korat',
    schema: needListSchema,
    query: needListQuery,
    present: (actor, query) => listNeeds(deps(), actor, query),
    holds: [thai, nullField, timestamp],
  },
  {
    url: '/projects?fiscalYear=2569&limit=20',
    username: 'planner.korat',
    schema: projectListSchema,
    query: projectListQuery,
    present: (actor, query) => listProjects(deps(), actor, query),
    holds: [thai, nullField, satang, timestamp],
  },
  {
    url: '/projects/reports/similar?fiscalYear=2569&minSimilarity=0.2&limit=5',
    username: 'planner.korat',
    schema: similarReportSchema,
    query: similarReportQuery,
    present: (actor, query) => similarProjectReport(deps(), actor, query),
    holds: [thai],
  },
  {
    url: '/budget-stages?fiscalYear=2568&limit=10',
    username: 'planner.korat',
    schema: stageListSchema,
    query: stageListQuery,
    present: (actor, query) => listStages(deps(), actor, query),
    holds: [thai, satang],
  },
  {
    url: '/dashboards/rules-failing?fiscalYear=2569&provinceCode=30&limit=5',
    username: 'planner.korat',
    schema: rulesFailingSchema,
    query: rulesFailingQuery,
    present: (actor, query) => rulesFailingList(deps(), actor, query),
    holds: [thai],
  },
  {
    url: '/spending/warnings?fiscalYear=2568&limit=10',
    username: 'planner.korat',
    schema: warningPageSchema,
    query: warningsQuery,
    present: (actor, query) => listWarnings(deps(), actor, query),
    holds: [thai, satang],
  },
  {
    url: '/assets?limit=10',
    username: 'planner.korat',
    schema: assetListSchema,
    query: assetListQuery,
    present: (actor, query) => listAssets(deps(), actor, query),
    holds: [thai, nullField, satang, day],
  },
  {
    url: '/assets/backlog?kind=check_overdue&limit=5',
    username: 'planner.korat',
    schema: assetBacklogSchema,
    query: assetBacklogQuery,
    present: (actor, query) => assetBacklog(deps(), actor, query),
    holds: [thai],
  },
  {
    url: '/results/orphans/projects_without_kpi?fiscalYear=2569&provinceCode=30&limit=5',
    username: 'planner.korat',
    schema: orphanListSchema,
    query: orphanListQuery,
    present: (actor, query) => orphanList(deps(), actor, 'projects_without_kpi', query),
    holds: [thai],
  },
  {
    url: '/indicator-shortfalls?provinceCode=30&year=2568&limit=10',
    username: 'planner.korat',
    schema: shortfallPageSchema,
    query: belowTargetQuery,
    present: (actor, query) => belowTarget(deps(), actor, query),
    holds: [thai],
  },
  {
    url: '/households?limit=10',
    username: 'planner.korat',
    schema: householdListSchema,
    query: householdListQuery,
    present: (actor, query) => listHouseholds(deps(), actor, query),
    holds: [thai, day],
  },
  {
    url: '/committees?limit=2',
    username: 'planner.korat',
    schema: committeeListSchema,
    query: committeeListQuery,
    present: (actor, query) => listCommittees(deps(), actor, query),
    holds: [thai, nullField],
  },
  {
    url: '/meetings?limit=2',
    username: 'planner.korat',
    schema: meetingListSchema,
    query: meetingListQuery,
    present: (actor, query) => listMeetings(deps(), actor, query),
    holds: [thai, day],
  },
  {
    url: '/regulations?limit=3',
    username: 'planner.korat',
    schema: regulationPageSchema,
    query: regulationListQuery,
    present: (actor, query) => listRegulations(deps(), actor, query),
    holds: [thai, nullField, day],
  },
  {
    url: '/projects?limit=5',
    prefix: '/api/open/v1',
    username: 'planner.korat',
    schema: openProjectPageSchema,
    query: openProjectListQuery,
    present: (_actor, query) => listOpenProjects(deps(), query),
    holds: [thai, nullField, satang, timestamp],
  },
];
const named = lists.map(({ prefix = '/api/v1', ...list }) => ({
  ...list,
  prefix,
  name: `${prefix}${list.url}`,
}));

describe('a compiled list serialiser writes what zod writes', () => {
  it.each(named)('$name', async (list) => {
    const serialise = compiledSerialiserOf(list.schema);
    expect(serialise, 'the route marks its schema compiledResponse').toBeDefined();
    const actor = await actorOf(context, list.username);
    const client = await context.signIn(list.username);
    const [path = '', search = ''] = list.url.split('?');
    const params = Object.fromEntries(new URLSearchParams(search));
    let cursor: string | null = null;
    for (let page = 0; page < 2; page += 1) {
      const query = list.query.parse(cursor ? { ...params, cursor } : params) as never;
      const presented = await list.present(actor, query);
      const compiled = serialise?.(presented) ?? '';
      expect(compiled).toBe(JSON.stringify(list.schema.encode(presented)));
      const response = await client.request(
        'GET',
        `${list.prefix}${path}?${new URLSearchParams(cursor ? { ...params, cursor } : params).toString()}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toBe(compiled);
      if (page === 0) {
        for (const pattern of list.holds) {
          expect(compiled).toMatch(pattern);
        }
      }
      cursor = presented.nextCursor;
      if (!cursor) {
        break;
      }
    }
  });
});
