import {
  Outlet,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { queryClient, SESSION_KEY } from '../api/queryClient.js';
import { LoginPage } from '../auth/LoginPage.js';
import { safeRedirect } from '../auth/safeRedirect.js';
import { fetchSession } from '../auth/session.js';
import { COMING_SOON_ITEMS } from '../layout/navItems.js';
import { NotFoundPage } from '../../components/NotFoundPage.js';
import { RouteError } from '../../components/RouteError.js';
import { actionPlansSearchSchema } from '../../features/action-plans/search.js';
import { needsSearchSchema } from '../../features/needs/search.js';
import { overviewSearchSchema, rulesFailingSearchSchema } from '../../features/dashboard/search.js';
import { planSearchSchema, plansSearchSchema } from '../../features/plans/search.js';
import { resultsSearchSchema } from '../../features/results/search.js';
import { globalSearchSchema, loginSearchSchema, parseSearch, stringifySearch } from './search.js';

function ensureSession() {
  return queryClient.ensureQueryData({ queryKey: SESSION_KEY, queryFn: fetchSession });
}

const rootRoute = createRootRoute({
  validateSearch: globalSearchSchema,
  search: { middlewares: [retainSearchParams(['fy', 'area'])] },
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearchSchema,
  beforeLoad: async ({ search }) => {
    if (await ensureSession()) {
      throw redirect({ href: safeRedirect(search.redirect), replace: true });
    }
  },
  component: LoginPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    if (!(await ensureSession())) {
      throw redirect({ to: '/login', search: { redirect: location.href }, replace: true });
    }
  },
  // The signed-in shell (menu, header, area filters) is not part of the login page's download.
  component: lazyRouteComponent(() => import('../layout/AppLayout.js'), 'AppLayout'),
});

const ComingSoonPage = lazyRouteComponent(
  () => import('../../components/ComingSoonPage.js'),
  'ComingSoonPage',
);

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../../features/dashboard/DashboardPage.js'), 'DashboardPage'),
});

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overview',
  validateSearch: overviewSearchSchema,
  component: lazyRouteComponent(() => import('../../features/dashboard/OverviewPage.js'), 'OverviewPage'),
});

const rulesFailingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rules-failing',
  validateSearch: rulesFailingSearchSchema,
  component: lazyRouteComponent(
    () => import('../../features/dashboard/RulesFailingPage.js'),
    'RulesFailingPage',
  ),
});

const areasRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/areas',
  component: lazyRouteComponent(() => import('../../features/areas/AreasPage.js'), 'AreasPage'),
});

const areaDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/areas/$code',
  component: lazyRouteComponent(() => import('../../features/areas/AreaDetailPage.js'), 'AreaDetailPage'),
});

const agenciesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agencies',
  component: lazyRouteComponent(() => import('../../features/agencies/AgenciesPage.js'), 'AgenciesPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../../features/users/UsersPage.js'), 'UsersPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../../features/audit/AuditPage.js'), 'AuditPage'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../../features/imports/ImportPage.js'), 'ImportPage'),
});

const needsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/needs',
  validateSearch: needsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/needs/NeedsPage.js'), 'NeedsPage'),
});

const needDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/needs/$needId',
  component: lazyRouteComponent(() => import('../../features/needs/NeedDetailPage.js'), 'NeedDetailPage'),
});

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plans',
  validateSearch: plansSearchSchema,
  component: lazyRouteComponent(() => import('../../features/plans/PlansPage.js'), 'PlansPage'),
});

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plans/$planId',
  validateSearch: planSearchSchema,
  component: lazyRouteComponent(() => import('../../features/plans/PlanPage.js'), 'PlanPage'),
});

const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects',
  component: lazyRouteComponent(() => import('../../features/projects/ProjectsPage.js'), 'ProjectsPage'),
});

const projectNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/new',
  component: lazyRouteComponent(
    () => import('../../features/projects/ProjectCreatePage.js'),
    'ProjectCreatePage',
  ),
});

const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId',
  component: lazyRouteComponent(() => import('../../features/projects/ProjectPage.js'), 'ProjectPage'),
});

const actionPlansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-plans',
  validateSearch: actionPlansSearchSchema,
  component: lazyRouteComponent(
    () => import('../../features/action-plans/ActionPlansPage.js'),
    'ActionPlansPage',
  ),
});

const actionPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-plans/$actionPlanId',
  component: lazyRouteComponent(
    () => import('../../features/action-plans/ActionPlanPage.js'),
    'ActionPlanPage',
  ),
});

const committeesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/committees',
  component: lazyRouteComponent(
    () => import('../../features/committees/CommitteesPage.js'),
    'CommitteesPage',
  ),
});

const committeeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/committees/$committeeId',
  component: lazyRouteComponent(() => import('../../features/committees/CommitteePage.js'), 'CommitteePage'),
});

const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/$meetingId',
  component: lazyRouteComponent(() => import('../../features/committees/MeetingPage.js'), 'MeetingPage'),
});

const budgetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/budget',
  component: lazyRouteComponent(() => import('../../features/budget/BudgetPage.js'), 'BudgetPage'),
});

const spendingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/spending',
  component: lazyRouteComponent(() => import('../../features/spending/SpendingPage.js'), 'SpendingPage'),
});

const resultsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/results',
  validateSearch: resultsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/results/ResultsPage.js'), 'ResultsPage'),
});

const assetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assets',
  component: lazyRouteComponent(() => import('../../features/assets/AssetsPage.js'), 'AssetsPage'),
});

const assetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assets/$assetId',
  component: lazyRouteComponent(() => import('../../features/assets/AssetPage.js'), 'AssetPage'),
});

const assetCheckRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assets/$assetId/check',
  component: lazyRouteComponent(() => import('../../features/assets/AssetCheckPage.js'), 'AssetCheckPage'),
});

const projectProgressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId/progress',
  component: lazyRouteComponent(
    () => import('../../features/results/ProgressReportPage.js'),
    'ProgressReportPage',
  ),
});

const projectAssetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId/assets',
  component: lazyRouteComponent(
    () => import('../../features/assets/RegisterAssetsPage.js'),
    'RegisterAssetsPage',
  ),
});

const threadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thread/$from/$id',
  component: lazyRouteComponent(() => import('../../features/results/ThreadPage.js'), 'ThreadPage'),
});

const householdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households',
  component: lazyRouteComponent(
    () => import('../../features/households/HouseholdsPage.js'),
    'HouseholdsPage',
  ),
});

const subjectAccessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/subject-access',
  component: lazyRouteComponent(
    () => import('../../features/households/SubjectAccessPage.js'),
    'SubjectAccessPage',
  ),
});

const retentionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/retention',
  component: lazyRouteComponent(() => import('../../features/households/RetentionPage.js'), 'RetentionPage'),
});

const householdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/$householdId',
  component: lazyRouteComponent(() => import('../../features/households/HouseholdPage.js'), 'HouseholdPage'),
});

const regulationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regulations',
  component: lazyRouteComponent(
    () => import('../../features/regulations/RegulationsPage.js'),
    'RegulationsPage',
  ),
});

const trainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/training',
  component: lazyRouteComponent(() => import('../../features/training/TrainingPage.js'), 'TrainingPage'),
});

const programmesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programmes',
  component: lazyRouteComponent(
    () => import('../../features/programmes/ProgrammesPage.js'),
    'ProgrammesPage',
  ),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicators',
  component: lazyRouteComponent(
    () => import('../../features/indicators/IndicatorsPage.js'),
    'IndicatorsPage',
  ),
});

const comingSoonRoutes = COMING_SOON_ITEMS.map((item) =>
  createRoute({
    getParentRoute: () => appRoute,
    path: item.path,
    component: () => <ComingSoonPage titleKey={item.labelKey} />,
  }),
);

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    dashboardRoute,
    overviewRoute,
    rulesFailingRoute,
    areasRoute,
    areaDetailRoute,
    agenciesRoute,
    usersRoute,
    auditRoute,
    importRoute,
    needsRoute,
    needDetailRoute,
    plansRoute,
    planRoute,
    projectsRoute,
    projectNewRoute,
    projectRoute,
    actionPlansRoute,
    actionPlanRoute,
    committeesRoute,
    committeeRoute,
    meetingRoute,
    budgetRoute,
    spendingRoute,
    resultsRoute,
    assetsRoute,
    assetRoute,
    assetCheckRoute,
    projectProgressRoute,
    projectAssetsRoute,
    threadRoute,
    householdsRoute,
    subjectAccessRoute,
    retentionRoute,
    householdRoute,
    regulationsRoute,
    trainingRoute,
    programmesRoute,
    indicatorsRoute,
    ...comingSoonRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
