import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Link, useLocation } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useCurrentUser } from '../auth/hooks.js';
import { useT, type MessageKey } from '../i18n/index.js';
import { NAV_ITEMS, type NavGroup, type NavItem } from './navItems.js';

const GROUP_LABELS: Record<NavGroup, MessageKey> = {
  planning: 'nav.group.planning',
  data: 'nav.group.data',
  admin: 'nav.group.admin',
};

export interface SiderNavProps {
  onNavigate?: () => void;
}

type MenuItem = NonNullable<MenuProps['items']>[number];

/** The nav key matching the current path: the longest item path that prefixes it. */
function selectedKey(pathname: string): string {
  const match = NAV_ITEMS.filter((item) =>
    item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`),
  ).sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? '';
}

export function SiderNav({ onNavigate }: SiderNavProps) {
  const t = useT();
  const user = useCurrentUser();
  const { pathname } = useLocation();

  const items = useMemo<MenuItem[]>(() => {
    const visible = NAV_ITEMS.filter(
      (item) => !item.requires || user?.allowedActions.includes(item.requires),
    );
    const toEntry = (item: NavItem): MenuItem => ({
      key: item.path,
      icon: item.icon,
      label: (
        <Link to={item.path} onClick={onNavigate}>
          {t(item.labelKey)}
        </Link>
      ),
      title: t(item.labelKey),
    });
    const entries: MenuItem[] = visible.filter((item) => item.group === null).map(toEntry);
    for (const group of ['planning', 'data', 'admin'] as const) {
      const children = visible.filter((item) => item.group === group).map(toEntry);
      if (children.length > 0) {
        entries.push({ type: 'group', key: `group-${group}`, label: t(GROUP_LABELS[group]), children });
      }
    }
    return entries;
  }, [onNavigate, t, user]);

  return <Menu mode="inline" theme="dark" items={items} selectedKeys={[selectedKey(pathname)]} />;
}
