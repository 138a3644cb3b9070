import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';
import { useT } from '../i18n/index.js';
import { FiscalYearPicker } from './FiscalYearPicker.js';
import { HeaderAreaPicker } from './HeaderAreaPicker.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';

export interface AppHeaderProps {
  collapsed: boolean;
  onToggleMenu: () => void;
}

export function AppHeader({ collapsed, onToggleMenu }: AppHeaderProps) {
  const t = useT();
  return (
    <Layout.Header className="app-header">
      <div className="app-header-start">
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggleMenu}
          aria-label={t('header.menu')}
        />
        <div className="app-header-filters">
          <FiscalYearPicker />
          <HeaderAreaPicker />
        </div>
      </div>
      <div className="app-header-end">
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </div>
    </Layout.Header>
  );
}
