import {
  AreaChartOutlined,
  AimOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DollarOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FlagOutlined,
  HddOutlined,
  HomeOutlined,
  ProfileOutlined,
  ProjectOutlined,
  ReadOutlined,
  RiseOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UploadOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/index.js';

export type NavGroup = 'planning' | 'data' | 'admin';

export interface NavItem {
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  group: NavGroup | null;
  /** Hidden unless the user holds this action. */
  requires?: string;
  /** Not built yet: the route shows the coming-soon page. */
  comingSoon?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, group: null },
  {
    path: '/overview',
    labelKey: 'nav.overview',
    icon: <BarChartOutlined />,
    group: null,
    requires: 'dashboard.read',
  },
  {
    path: '/needs',
    labelKey: 'nav.needs',
    icon: <UsergroupAddOutlined />,
    group: 'planning',
    requires: 'need.read',
  },
  {
    path: '/plans',
    labelKey: 'nav.plans',
    icon: <FileTextOutlined />,
    group: 'planning',
    requires: 'plan.read',
  },
  {
    path: '/projects',
    labelKey: 'nav.projects',
    icon: <ProjectOutlined />,
    group: 'planning',
    requires: 'project.read',
  },
  {
    path: '/action-plans',
    labelKey: 'nav.actionPlans',
    icon: <ProfileOutlined />,
    group: 'planning',
    requires: 'action_plan.read',
  },
  {
    path: '/committees',
    labelKey: 'nav.committees',
    icon: <ScheduleOutlined />,
    group: 'planning',
    requires: 'committee.read',
  },
  {
    path: '/budget',
    labelKey: 'nav.budget',
    icon: <DollarOutlined />,
    group: 'planning',
    requires: 'budget.read',
  },
  {
    path: '/spending',
    labelKey: 'nav.spending',
    icon: <RiseOutlined />,
    group: 'planning',
    requires: 'spending.read',
  },
  {
    path: '/results',
    labelKey: 'nav.results',
    icon: <AimOutlined />,
    group: 'planning',
    requires: 'result.read',
  },
  {
    path: '/assets',
    labelKey: 'nav.assets',
    icon: <HddOutlined />,
    group: 'planning',
    requires: 'asset.read',
  },
  {
    path: '/indicators',
    labelKey: 'nav.indicators',
    icon: <AreaChartOutlined />,
    group: 'planning',
    requires: 'indicator.read',
  },
  {
    path: '/households',
    labelKey: 'nav.households',
    icon: <HomeOutlined />,
    group: 'planning',
    requires: 'household.read',
  },
  {
    path: '/programmes',
    labelKey: 'nav.programmes',
    icon: <FlagOutlined />,
    group: 'planning',
    requires: 'programme.read',
  },
  {
    path: '/training',
    labelKey: 'nav.training',
    icon: <ReadOutlined />,
    group: 'data',
    requires: 'training.read',
  },
  {
    path: '/regulations',
    labelKey: 'nav.regulations',
    icon: <BookOutlined />,
    group: 'data',
    requires: 'regulation.read',
  },
  {
    path: '/meetings',
    labelKey: 'nav.meetings',
    icon: <CalendarOutlined />,
    group: 'planning',
    comingSoon: true,
  },
  { path: '/areas', labelKey: 'nav.areas', icon: <EnvironmentOutlined />, group: 'data' },
  { path: '/agencies', labelKey: 'nav.agencies', icon: <BankOutlined />, group: 'data' },
  { path: '/users', labelKey: 'nav.users', icon: <TeamOutlined />, group: 'admin', requires: 'user.manage' },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, group: 'admin', requires: 'audit.read' },
  {
    path: '/import',
    labelKey: 'nav.import',
    icon: <UploadOutlined />,
    group: 'admin',
    requires: 'area.importVillages',
  },
];

export const COMING_SOON_ITEMS = NAV_ITEMS.filter((item) => item.comingSoon === true);
