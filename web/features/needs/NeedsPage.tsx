import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../app/auth/hooks.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { needExportUrl } from './api.js';
import { NeedDrawer } from './NeedDrawer.js';
import { NeedImportModal } from './NeedImportModal.js';
import { NeedsListTab } from './NeedsListTab.js';
import { NeedsMapTab } from './NeedsMapTab.js';
import { NeedsRollupTab } from './NeedsRollupTab.js';
import type { NeedTab } from './search.js';
import { useNeedsSearch } from './useNeedsSearch.js';

export function NeedsPage() {
  const t = useT();
  const navigate = useNavigate();
  const view = useNeedsSearch();
  const canManage = useCan('need.manage');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const tab = view.search.tab ?? 'list';

  const handleCreated = (needId: string) => {
    setCreating(false);
    void navigate({ to: '/needs/$needId', params: { needId } });
  };

  const actions = (
    <Space wrap>
      <Button
        icon={<DownloadOutlined />}
        href={needExportUrl(view.filter)}
        download
        data-testid="need-export"
      >
        {t('needs.export')}
      </Button>
      {canManage && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="need-import">
          {t('needs.import')}
        </Button>
      )}
      {canManage && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="need-create"
        >
          {t('needs.create')}
        </Button>
      )}
    </Space>
  );

  return (
    <>
      <PageTitle title={t('needs.title')} extra={actions} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => view.update({ tab: key === 'list' ? undefined : (key as NeedTab) })}
          destroyOnHidden
          items={[
            { key: 'list', label: t('needs.tab.list'), children: <NeedsListTab view={view} /> },
            { key: 'map', label: t('needs.tab.map'), children: <NeedsMapTab view={view} /> },
            { key: 'rollup', label: t('needs.tab.rollup'), children: <NeedsRollupTab view={view} /> },
          ]}
        />
      </Card>
      {creating && <NeedDrawer need={null} onClose={() => setCreating(false)} onSaved={handleCreated} />}
      {importing && <NeedImportModal onClose={() => setImporting(false)} />}
    </>
  );
}
