import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type Action, type Actor } from '../../domain/auth/policy.js';
import { scopeCovers } from '../../domain/auth/scope.js';
import type { Home } from '../../domain/dashboards/home.js';
import type { RulesFailing } from '../../domain/dashboards/rules-failing.js';
import { clusterMemberships } from '../features/areas/tables.js';
import { createTestContext, type TestClient, type TestContext } from './harness.js';
import {
  deliveredProjectIds,
  nationalIds,
  provinceFixture,
  queryFor,
  urlFor,
  type ProvinceFixture,
} from './matrix/fixtures.js';
import { operationsOf, type Operation } from './openapi-operations.js';
import { seededRandom, validish } from './fuzz/values.js';
import { actorOf, koratBuriramClusterProject, projectBody } from './factories.js';

/**
 * Every operation of the OpenAPI document × every demo account and anonymous × an own-province and an
 * other-province record. What each account may do comes from the policy table through the operation's
 * tag, so a new route is checked the day it lands (a new tag must be added to FAMILIES).
 */
const FAMILIES: Record<string, { read: Action[]; write: Action[] } | 'self-service'> = {
  health: 'self-service',
  auth: 'self-service',
  users: { read: ['user.read'], write: ['user.manage'] },
  areas: { read: ['area.read'], write: ['area.manage', 'area.importVillages'] },
  agencies: { read: ['agency.read'], write: ['agency.manage'] },
  audit: { read: ['audit.read'], write: [] },
  jobs: { read: ['job.read'], write: [] },
  needs: { read: ['need.read'], write: ['need.manage', 'need.configure'] },
  alignment: { read: ['alignment.read'], write: ['alignment.manage'] },
  plans: { read: ['plan.read'], write: ['plan.edit', 'plan.approve', 'plan.configure'] },
  'plan outputs': { read: ['plan.read'], write: ['plan.edit', 'plan.read'] },
  approvals: { read: ['approval.read'], write: ['approval.configure'] },
  'action plans': {
    read: ['action_plan.read'],
    write: ['action_plan.edit', 'action_plan.approve', 'action_plan.configure'],
  },
  budget: { read: ['budget.read'], write: ['budget.record', 'budget.configure'] },
  projects: { read: ['project.read'], write: ['project.edit'] },
  // Producing a pack only reads budget data, so readers may start it.
  'explanation pack': { read: ['budget.read'], write: ['budget.read'] },
  spending: { read: ['spending.read'], write: ['spending.record', 'spending.close', 'spending.configure'] },
  results: { read: ['result.read'], write: ['result.record', 'result.configure'] },
  assets: { read: ['asset.read'], write: ['asset.manage'] },
  committees: { read: ['committee.read'], write: ['committee.manage', 'committee.record'] },
  regulations: { read: ['regulation.read'], write: ['regulation.manage'] },
  programmes: { read: ['programme.read'], write: ['programme.report', 'programme.configure'] },
  // Marking a notice read is the reader's own bookkeeping, so readers may do it.
  notifications: { read: ['notifications.read'], write: ['notifications.read'] },
  training: { read: ['training.read'], write: ['training.manage'] },
  indicators: {
    read: ['indicator.read'],
    write: ['indicator.import', 'indicator.target', 'indicator.configure'],
  },
  dashboards: { read: ['dashboard.read'], write: [] },
  // Published data for everyone, signed in or not: no role is needed.
  'open data': 'self-service',
  portal: 'self-service',
  households: {
    read: ['household.read'],
    write: [
      'household.manage',
      'household.unmask',
      'household.exportPersonal',
      'household.subjectAccess',
      'household.configure',
    ],
  },
  'household counts': { read: ['household_count.read'], write: ['household_count.propose'] },
};
// Operations that need a narrower right than their tag's family, checked against that right.
const OWN_ACTIONS: Record<string, Action[]> = {
  'POST /api/v1/results/photo-previews': ['result.configure'],
  'GET /api/v1/results/photo-previews/latest': ['result.configure'],
};
// Records kept apart by province: another province's ones must never be read or written.
const PROVINCIAL = new Set([
  'action-plans',
  'action-plan-entries',
  'plans',
  'plan-versions',
  'plan-issues',
  'plan-objectives',
  'plan-kpis',
  'kpis',
  'plan-approaches',
  'plan-items',
  'needs',
  'attachments',
  'agencies',
  'projects',
  'evidence',
  'result-files',
  'assets',
  'checks',
  'asset-checks',
  'committees',
  'committee-members',
  'meetings',
  'agenda-items',
  'committee-follow-ups',
  'households',
  'household-members',
]);
// Lists whose items carry a provinceCode that must lie in the reader's view scope.
const SCOPED_LISTS = new Set([
  'needs',
  'plans',
  'agencies',
  'audit',
  'projects',
  'action plans',
  'results',
  'assets',
  'committees',
  'dashboards',
  'households',
]);
const PUBLIC = new Set([
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/open/v1/projects',
  'GET /api/open/v1/datasets/{dataset}.{format}',
  'GET /api/open/v1/dictionary',
  'GET /api/open/v1/oc4ids/projects/{code}',
  'GET /api/open/v1/oc4ids/provinces/{provinceCode}',
  'GET /portal',
  'GET /portal/provinces/{provinceCode}',
  'GET /portal/projects/{code}',
  'GET /portal/projects/{code}/feed.atom',
  'GET /portal/plans/{id}',
  'GET /portal/photos/{id}',
  'GET /portal/plans/{id}/plan.pdf',
  'GET /portal/search',
  'GET /portal/open-data',
  'GET /portal/provinces/{provinceCode}/needs/new',
  'POST /portal/provinces/{provinceCode}/needs',
]);
const ACCOUNTS = [
  'admin',
  'planner.korat',
  'head.korat',
  'planner.chiangmai',
  'cluster.nelower1',
  'district.muangkorat',
  'agency.korat',
  'committee.korat',
  'analyst',
  'auditor',
];

let context: TestContext;
let operations: Operation[];
let fixtures: ProvinceFixture[];
const accounts = new Map<string, { client: TestClient; actor: Actor }>();
beforeAll(async () => {
  context = await createTestContext({ loginRateLimitPerMinute: 1_000_000 });
  for (const name of ACCOUNTS) {
    accounts.set(name, { client: await context.signIn(name), actor: await actorOf(context, name) });
  }
  const client = (name: string) => accounts.get(name)?.client as TestClient;
  const national = await nationalIds(client('admin'));
  fixtures = [
    await provinceFixture(client('planner.korat'), client('admin'), '30', '300101', 'planner.korat'),
    await provinceFixture(client('planner.chiangmai'), client('admin'), '50', '500101', 'planner.chiangmai'),
  ].map((fixture) => ({ ...fixture, byResource: { ...fixture.byResource, ...national } }));
  for (const [fixture, planner] of [
    [fixtures[0], 'planner.korat'],
    [fixtures[1], 'planner.chiangmai'],
  ] as const) {
    const { projects: projectId = '', areas: areaCode = '' } = fixture?.byResource ?? {};
    Object.assign(
      fixture?.byResource ?? {},
      await deliveredProjectIds(context, client(planner), projectId, areaCode),
    );
  }
  const document = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  // Reads first, so no write of the matrix removes a record a read is checked against.
  operations = operationsOf(document)
    .filter((operation) => operation.path !== '/api/v1/auth/logout')
    .sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
}, 600_000);
afterAll(() => context.close());

const holdsAny = (actor: Actor, actions: Action[]) =>
  actions.some((action) => POLICY[action].roles.some((role) => actor.roles.includes(role)));
const resourceOf = (path: string) => path.split('/').find((_, index, all) => all[index + 1]?.startsWith('{'));

function provincesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item) => provincesIn(item, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'provinceCode' && typeof item === 'string') {
        found.push(item);
      } else {
        provincesIn(item, found);
      }
    }
  }
  return found;
}

type Call = { operation: Operation; fixture: ProvinceFixture; account: string; status: number; body: string };

/** What is wrong with one call, judged from the policy table and the account's scopes. */
function violations({ operation, fixture, account, status, body }: Call): string[] {
  const name = `${operation.method} ${operation.path}`;
  const ok = status >= 200 && status < 300;
  const problems = status >= 500 ? ['server error'] : [];
  if (account === 'anonymous') {
    return PUBLIC.has(name) || [400, 401].includes(status)
      ? problems
      : [...problems, `anonymous got ${status}`];
  }
  const family = FAMILIES[operation.tag];
  const actor = accounts.get(account)?.actor as Actor;
  if (family === undefined) {
    return [...problems, `tag "${operation.tag}" has no entry in FAMILIES`];
  }
  if (family !== 'self-service') {
    const actions = OWN_ACTIONS[name] ?? (operation.method === 'GET' ? family.read : family.write);
    if (!holdsAny(actor, actions) && ok) {
      problems.push(`no role for ${actions.join('|') || 'writes'} yet ${status}`);
    }
  }
  const resource = resourceOf(operation.path);
  const inView = scopeCovers(actor.viewScope, fixture.provinceCode);
  if (resource && PROVINCIAL.has(resource) && !inView && ok) {
    problems.push(`other province's ${resource} answered ${status}`);
  }
  if (
    ok &&
    operation.method === 'GET' &&
    !resource &&
    SCOPED_LISTS.has(operation.tag) &&
    body.startsWith('{')
  ) {
    const leaked = provincesIn(JSON.parse(body)).filter((code) => !scopeCovers(actor.viewScope, code));
    if (leaked.length > 0) {
      problems.push(`list shows provinces ${[...new Set(leaked)].join(', ')}`);
    }
  }
  const readsOwn =
    operation.method === 'GET' &&
    resource &&
    PROVINCIAL.has(resource) &&
    family !== 'self-service' &&
    holdsAny(actor, family.read) &&
    inView &&
    !operation.path.endsWith('.xlsx');
  if (readsOwn && (status === 403 || status === 404)) {
    problems.push(`own province's ${resource} refused with ${status}`);
  }
  return problems;
}

describe('authorization matrix', () => {
  it('lets no account read or write outside its roles and scope, and answers anonymous with 401', async () => {
    const found: string[] = [];
    let calls = 0;
    for (const [index, operation] of operations.entries()) {
      for (const fixture of fixtures) {
        const body = operation.body
          ? validish(operation.body, seededRandom(index), Object.values(fixture.byResource))
          : undefined;
        const url = urlFor(operation.path, fixture.byResource) + queryFor(operation.path, fixture);
        for (const account of [...ACCOUNTS, 'anonymous']) {
          const client = accounts.get(account)?.client;
          const response = client
            ? await client.request(operation.method, url, { body })
            : await context.app.inject({
                method: operation.method,
                url,
                ...(body === undefined ? {} : { payload: body as object }),
              });
          calls += 1;
          const call = { operation, fixture, account, status: response.statusCode, body: response.body };
          found.push(
            ...violations(call).map((problem) => `${operation.method} ${url} as ${account}: ${problem}`),
          );
        }
      }
    }
    expect(found).toEqual([]);
    expect(calls).toBe(operations.length * fixtures.length * (ACCOUNTS.length + 1));
  }, 1_800_000);
});

describe('a cluster’s list of projects failing a blocking rule', () => {
  it('answers only those whose view covers every member province (the cluster office, the nation)', async () => {
    const office = accounts.get('cluster.nelower1')?.client as TestClient;
    const home = (await office.request('GET', '/api/v1/dashboards/home?fiscalYear=2569')).json() as Home;
    const created = await office.request('POST', '/api/v1/projects', {
      body: projectBody(koratBuriramClusterProject(home.clusterId ?? undefined)),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    const members = await context.database.db
      .select({ code: clusterMemberships.provinceCode })
      .from(clusterMemberships)
      .where(and(eq(clusterMemberships.clusterId, home.clusterId ?? 0), isNull(clusterMemberships.validTo)));
    expect(members.length).toBeGreaterThan(1);
    const url = `/api/v1/dashboards/rules-failing?fiscalYear=2569&clusterId=${home.clusterId}`;
    const found: string[] = [];
    for (const account of ACCOUNTS) {
      const { client, actor } = accounts.get(account) as { client: TestClient; actor: Actor };
      const allowed =
        holdsAny(actor, ['budget.read']) && members.every(({ code }) => scopeCovers(actor.viewScope, code));
      const response = await client.request('GET', url);
      const ids = response.statusCode === 200 ? (response.json() as RulesFailing).items.map((p) => p.id) : [];
      const expected = allowed ? { status: 200, listed: true } : { status: 403, listed: false };
      const got = { status: response.statusCode, listed: ids.includes(id) };
      if (got.status !== expected.status || got.listed !== expected.listed) {
        found.push(`${account}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
      }
    }
    expect(found).toEqual([]);
    expect((await context.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
