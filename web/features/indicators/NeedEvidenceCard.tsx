import { Card, Table, Typography } from 'antd';
import type { Evidence } from '../../../domain/indicators/evidence.js';
import type { Shortfall } from '../../../domain/indicators/figures.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useCiteOnNeed, useNeedEvidence, useSuggestions } from './api.js';
import { ShortfallList } from './ShortfallList.js';

/** A need's indicator evidence, and the shortfalls of its area a planner may cite. */
export function NeedEvidenceCard(props: { needId: string; areaCode: string; canManage: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const handleApiError = useApiErrorHandler();
  const evidence = useNeedEvidence(props.needId);
  const suggestions = useSuggestions(props.canManage ? props.areaCode : undefined);
  const cite = useCiteOnNeed(props.needId);
  const cited = new Set(
    (evidence.data?.items ?? []).map((row) => `${row.indicatorId}-${row.areaCode}-${row.year}`),
  );
  const open = (suggestions.data?.items ?? []).filter(
    (item) => !cited.has(`${item.indicatorId}-${item.areaCode}-${item.year}`),
  );
  const onCite = (item: Shortfall) =>
    cite.mutate([{ indicatorId: item.indicatorId, areaCode: item.areaCode, year: item.year }], {
      onError: (error) => handleApiError(error),
    });
  return (
    <Card title={t('indicators.evidence.title')} data-testid="need-evidence">
      <Table<Evidence>
        rowKey="id"
        size="small"
        pagination={false}
        loading={evidence.isPending}
        dataSource={evidence.data?.items ?? []}
        locale={{ emptyText: t('indicators.evidence.none') }}
        columns={[
          {
            title: t('indicators.column.indicator'),
            render: (_, row) => (lang === 'en' ? row.nameEn : row.nameTh),
          },
          {
            title: t('indicators.column.area'),
            render: (_, row) => (lang === 'en' ? row.areaNameEn : null) ?? row.areaNameTh,
          },
          { title: t('indicators.column.year'), dataIndex: 'year' },
          { title: t('indicators.column.value'), dataIndex: 'value', align: 'right' },
          { title: t('indicators.column.target'), dataIndex: 'target', align: 'right' },
        ]}
      />
      {props.canManage && open.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('indicators.suggestions.title')}</Typography.Title>
          <ShortfallList items={open} onCite={onCite} citing={cite.isPending} />
        </>
      ) : null}
    </Card>
  );
}
