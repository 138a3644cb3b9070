import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import { useCurrentUser, useLogout } from '../auth/hooks.js';
import { useLang, useT } from '../i18n/index.js';

export function UserMenu() {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const logoutMutation = useLogout();
  const navigate = useNavigate();

  if (!user) {
    return null;
  }

  const handleLogout = () => {
    logoutMutation.mutate(undefined, {
      onSettled: () => {
        void navigate({ to: '/login', search: {}, replace: true });
      },
    });
  };

  const items: MenuProps['items'] = [
    { key: 'username', label: user.username, disabled: true },
    ...user.roles.map((role) => ({ key: `role-${role}`, label: ROLE_LABELS[role][lang], disabled: true })),
  ];

  return (
    <Flex align="center" gap={4}>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="text" className="user-menu" data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text className="hide-on-phone" ellipsis style={{ maxWidth: 160 }}>
            {user.displayName}
          </Typography.Text>
        </Button>
      </Dropdown>
      <Button
        type="text"
        icon={<LogoutOutlined />}
        onClick={handleLogout}
        loading={logoutMutation.isPending}
        aria-label={t('header.logout')}
        title={t('header.logout')}
        data-testid="logout"
      >
        <span className="hide-on-phone">{t('header.logout')}</span>
      </Button>
    </Flex>
  );
}
