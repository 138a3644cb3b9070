import { Alert, Space } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { useNeeds } from './api.js';
import { NeedFilters } from './NeedFilters.js';
import { NeedsTable } from './NeedsTable.js';
import type { NeedsView } from './useNeedsSearch.js';

export interface NeedsListTabProps {
  view: NeedsView;
}

export function NeedsListTab({ view }: NeedsListTabProps) {
  const t = useT();
  const { filter, page, pageSize } = view;
  const needs = useNeeds({ ...filter, limit: pageSize, offset: (page - 1) * pageSize });

  const handlePageChange = (nextPage: number, nextSize: number) => {
    view.update({ page: nextSize === pageSize ? nextPage : 1, size: nextSize });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <NeedFilters view={view} />
      {needs.isError && <Alert type="error" showIcon title={t('needs.loadError')} />}
      <NeedsTable
        needs={needs.data?.items}
        total={needs.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={needs.isFetching}
        onPageChange={handlePageChange}
      />
    </Space>
  );
}
