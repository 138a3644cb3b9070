import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { AGENCY_KINDS, AGENCY_KIND_LABELS, type AgencyKind } from '../../../domain/agencies/agency.js';
import { buildUrl } from '../../app/api/client.js';
import type { Agency } from '../../app/api/types.js';
import { useCan } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { ListEmpty, ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { AgenciesTable } from './AgenciesTable.js';
import { AgencyDrawer } from './AgencyDrawer.js';
import { useAgencies } from './api.js';

const PAGE_SIZE = 20;

/** `undefined` in the drawer state means closed; `null` means creating. */
type DrawerState = { agency: Agency | null } | undefined;

export function AgenciesPage() {
  const t = useT();
  const { lang } = useLang();
  const canManage = useCan('agency.manage');
  const { areaCode } = useGlobalFilters();
  // Until the user picks a province here, the global area picker's province applies.
  const [provinceChoice, setProvinceChoice] = useState<{ code: string | undefined } | null>(null);
  const provinceCode = provinceChoice ? provinceChoice.code : (areaCode?.slice(0, 2) ?? undefined);
  const [kind, setKind] = useState<AgencyKind | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [drawer, setDrawer] = useState<DrawerState>();
  const q = useDebouncedValue(search.trim(), 300);
  const agencies = useAgencies({
    provinceCode,
    kind,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  const handleProvinceChange = (code: string | undefined) => {
    setProvinceChoice({ code });
    setPage(1);
  };
  const handleKindChange = (next: AgencyKind | undefined) => {
    setKind(next);
    setPage(1);
  };
  const clearFilters = () => {
    setProvinceChoice({ code: undefined });
    setKind(undefined);
    setSearch('');
    setPage(1);
  };
  const handleReload = async () => {
    const editedId = drawer?.agency?.id;
    const fresh = await agencies.refetch();
    const latest = fresh.data?.items.find((agency) => agency.id === editedId);
    setDrawer(latest ? { agency: latest } : undefined);
  };

  const kindOptions = AGENCY_KINDS.map((value) => ({ value, label: AGENCY_KIND_LABELS[value][lang] }));
  const editing = drawer?.agency ?? null;

  return (
    <>
      <PageTitle
        title={t('agencies.title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ agency: null })}
              data-testid="create-agency"
            >
              {t('agencies.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <ProvinceSelect
            value={provinceCode}
            onChange={handleProvinceChange}
            placeholder={t('agencies.allProvinces')}
          />
          <Select<AgencyKind | undefined>
            value={kind}
            onChange={handleKindChange}
            options={kindOptions}
            allowClear
            placeholder={t('agencies.allKinds')}
            aria-label={t('agencies.allKinds')}
            style={{ minWidth: 200 }}
          />
          <Input.Search
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
            placeholder={t('agencies.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 320 }}
          />
          <ExportButton
            href={buildUrl('/api/v1/agencies/export', { provinceCode, kind, q: q || undefined })}
            testId="agencies-export"
          />
        </Flex>
        {agencies.isError && <ListLoadError error={agencies.error} onRetry={() => void agencies.refetch()} />}
        <AgenciesTable
          agencies={agencies.data?.items}
          total={agencies.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          loading={agencies.isFetching}
          canManage={canManage}
          onPageChange={setPage}
          onEdit={(agency) => setDrawer({ agency })}
          empty={
            <ListEmpty
              q={q}
              filtered={provinceCode !== undefined || kind !== undefined}
              onClear={clearFilters}
            />
          }
        />
      </Card>
      {drawer && (
        <AgencyDrawer
          key={editing ? `${editing.id}:${editing.version}` : 'new'}
          open
          agency={editing}
          onClose={() => setDrawer(undefined)}
          onReload={() => void handleReload()}
        />
      )}
    </>
  );
}
