import { Layout } from 'antd';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../auth/hooks.js';
import { GlobalFiltersProvider } from '../filters/GlobalFiltersProvider.js';
import { useT } from '../i18n/index.js';
import { AppHeader } from './AppHeader.js';
import { SiderNav } from './SiderNav.js';

/** Signed-in shell: sider, header and the routed page. The route's beforeLoad guards entry. */
export function AppLayout() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const { href } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [isPhone, setIsPhone] = useState(false);
  const signedOut = session.data === null;

  // A 401 mid-session empties the cached session; send the user to login once, keeping the page.
  useEffect(() => {
    if (signedOut && !href.startsWith('/login')) {
      void navigate({ to: '/login', search: { redirect: href }, replace: true });
    }
    // Only the transition to signed-out matters, not later location changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedOut]);

  const handleToggleMenu = useCallback(() => setCollapsed((value) => !value), []);
  const handleBreakpoint = useCallback((broken: boolean) => {
    setIsPhone(broken);
    setCollapsed(broken);
  }, []);
  const handleNavigate = useCallback(() => {
    if (isPhone) {
      setCollapsed(true);
    }
  }, [isPhone]);

  return (
    <GlobalFiltersProvider>
      <Layout className="app-layout">
        <Layout.Sider
          className={isPhone ? 'app-sider app-sider-overlay' : 'app-sider'}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          collapsedWidth={isPhone ? 0 : 72}
          onBreakpoint={handleBreakpoint}
          trigger={null}
          width={248}
        >
          <div className="app-brand">{collapsed && !isPhone ? t('app.short') : t('app.name')}</div>
          <SiderNav onNavigate={handleNavigate} />
        </Layout.Sider>
        {isPhone && !collapsed && <div className="app-sider-backdrop" onClick={handleToggleMenu} />}
        <Layout>
          <AppHeader collapsed={collapsed} onToggleMenu={handleToggleMenu} />
          <Layout.Content className="app-content">
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </GlobalFiltersProvider>
  );
}
