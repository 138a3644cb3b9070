import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { buildUrl } from '../../app/api/client.js';
import type { User } from '../../app/api/types.js';
import { useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { ListEmpty, ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useUsers } from './api.js';
import { CreateUserDrawer } from './CreateUserDrawer.js';
import { EditUserDrawer } from './EditUserDrawer.js';
import { UsersTable } from './UsersTable.js';

const PAGE_SIZE = 20;

type DrawerState = { mode: 'create' } | { mode: 'edit'; user: User } | null;

/** The user list and drawers; only rendered for holders of user.manage. */
export function UsersAdmin() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const q = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const handleReload = async () => {
    const editedId = drawer?.mode === 'edit' ? drawer.user.id : undefined;
    const fresh = await users.refetch();
    const latest = fresh.data?.items.find((user) => user.id === editedId);
    setDrawer(latest ? { mode: 'edit', user: latest } : null);
  };

  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ mode: 'create' })}
            data-testid="create-user"
          >
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input.Search
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 360 }}
          />
          <ExportButton
            href={buildUrl('/api/v1/users/export', { q: q || undefined })}
            testId="users-export"
          />
        </Flex>
        {users.isError && <ListLoadError error={users.error} onRetry={() => void users.refetch()} />}
        <UsersTable
          users={users.data?.items}
          total={users.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          loading={users.isFetching}
          onPageChange={setPage}
          onEdit={(user) => setDrawer({ mode: 'edit', user })}
          empty={<ListEmpty q={q} onClear={() => setSearch('')} />}
        />
      </Card>
      {drawer?.mode === 'create' && <CreateUserDrawer onClose={() => setDrawer(null)} />}
      {drawer?.mode === 'edit' && (
        <EditUserDrawer
          key={`${drawer.user.id}:${drawer.user.version}`}
          user={drawer.user}
          onClose={() => setDrawer(null)}
          onReload={() => void handleReload()}
        />
      )}
    </>
  );
}
