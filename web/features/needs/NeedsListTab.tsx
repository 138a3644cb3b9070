import { Alert, Space } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { useNeeds } from './api.js';
import { NeedFilters } from './NeedFilters.js';
import { NeedsTable } from './NeedsTable.js';
import { usePageCursors } from './usePageCursors.js';
import type { NeedsView } from './useNeedsSearch.js';

export interface NeedsListTabProps {
  view: NeedsView;
}

export function NeedsListTab({ view }: NeedsListTabProps) {
  const t = useT();
  const { filter, page, pageSize } = view;
  const cursors = usePageCursors(JSON.stringify([filter, pageSize]));
  const cursor = cursors.cursorFor(page);
  const needs = useNeeds({
    ...filter,
    limit: pageSize,
    ...(cursor ? { cursor } : { offset: (page - 1) * pageSize }),
  });
  cursors.remember(page + 1, needs.data?.nextCursor);

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
        totalExact={needs.data?.totalExact ?? true}
        hasNext={Boolean(needs.data?.nextCursor)}
        page={page}
        pageSize={pageSize}
        loading={needs.isFetching}
        onPageChange={handlePageChange}
      />
    </Space>
  );
}
