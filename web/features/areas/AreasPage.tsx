import { Card, Flex, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { AREA_LEVELS, AREA_LEVEL_LABELS, type AreaLevel } from '../../../domain/areas/area-code.js';
import { buildUrl } from '../../app/api/client.js';
import { useAreas } from '../../app/api/reference.js';
import type { Area } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { areaName } from '../../components/area-tree/nodes.js';
import { ExportButton } from '../../components/ExportButton.js';
import { ListEmpty, ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { AreaLink } from './AreaLink.js';
import { AREA_REFERENCE_CHECK_LABELS } from '../../../domain/areas/area.js';

const PAGE_SIZE = 50;

export function AreasPage() {
  const t = useT();
  const { lang } = useLang();
  const [level, setLevel] = useState<AreaLevel | undefined>('province');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebouncedValue(search.trim(), 300);
  const areas = useAreas({ level, q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const handleLevelChange = (next: AreaLevel | undefined) => {
    setLevel(next);
    setPage(1);
  };
  const handleSearchChange = (text: string) => {
    setSearch(text);
    setPage(1);
  };
  const clearFilters = () => {
    handleLevelChange(undefined);
    handleSearchChange('');
  };

  const columns: TableColumnsType<Area> = [
    { title: t('common.code'), dataIndex: 'code', width: 110 },
    {
      title: t('common.name'),
      key: 'name',
      render: (_value, area) => (
        <AreaLink code={area.code}>
          {areaName(area, lang)} {area.isSpecialArea && <Tag color="gold">{t('areas.specialArea')}</Tag>}
          {area.referenceCheck && (
            <Tag color="orange" title={area.referenceNote ?? undefined}>
              {AREA_REFERENCE_CHECK_LABELS[area.referenceCheck][lang]}
            </Tag>
          )}
        </AreaLink>
      ),
    },
    {
      title: lang === 'th' ? t('common.nameEn') : t('common.nameTh'),
      key: 'otherName',
      render: (_value, area) => (lang === 'th' ? area.nameEn : area.nameTh),
      responsive: ['md'],
    },
    {
      title: t('common.level'),
      dataIndex: 'level',
      width: 130,
      render: (value: AreaLevel) => AREA_LEVEL_LABELS[value][lang],
    },
    { title: t('areas.postcode'), dataIndex: 'postcode', width: 120, responsive: ['lg'] },
  ];

  const levelOptions = AREA_LEVELS.map((value) => ({ value, label: AREA_LEVEL_LABELS[value][lang] }));

  return (
    <>
      <PageTitle title={t('areas.title')} />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select<AreaLevel | undefined>
            value={level}
            onChange={handleLevelChange}
            options={levelOptions}
            allowClear
            placeholder={t('areas.allLevels')}
            style={{ minWidth: 160 }}
            aria-label={t('common.level')}
            data-testid="areas-level"
          />
          <Input.Search
            value={search}
            onChange={(event) => handleSearchChange(event.target.value)}
            placeholder={t('areas.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 360 }}
            data-testid="areas-search"
          />
          <ExportButton
            href={buildUrl('/api/v1/areas/export', { level, q: q || undefined })}
            testId="areas-export"
          />
        </Flex>
        {areas.isError && <ListLoadError error={areas.error} onRetry={() => void areas.refetch()} />}
        <Table<Area>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={areas.data?.items}
          loading={areas.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <ListEmpty q={q} filtered={level !== undefined} onClear={clearFilters} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: areas.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
