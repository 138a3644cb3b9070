import { Table, Typography } from 'antd';
import type { Programme, ProvinceProgress } from '../../../domain/programmes/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useDistrictTargets } from './api.js';

type Row = ProvinceProgress['indicators'][number];

/** A province's targets against what it reported, indicator by indicator. */
export function ProvinceSection({
  programme,
  progress,
  provinceName,
}: {
  programme: Programme;
  progress: ProvinceProgress;
  provinceName: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const components = new Map(programme.components.map((component) => [component.id, component]));
  const indicators = new Map(programme.components.flatMap((c) => c.indicators).map((i) => [i.id, i]));
  const number = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'));
  const districts = useDistrictTargets(programme.id, progress.provinceCode).data?.items ?? [];
  const districtsOf = (indicatorId: string) =>
    districts
      .filter((target) => target.indicatorId === indicatorId)
      .map((target) => `${target.districtName} ${number(target.value)}`)
      .join(' · ') || '—';
  return (
    <section aria-labelledby="programme-province-title">
      <Typography.Title level={4} id="programme-province-title">
        {t('programmes.province.title', { name: provinceName })}
      </Typography.Title>
      <Table<Row>
        rowKey="indicatorId"
        size="small"
        pagination={false}
        dataSource={progress.indicators}
        data-testid="programme-province"
        columns={[
          {
            title: t('programmes.col.project'),
            render: (_, row) => {
              const component = components.get(row.componentId);
              return lang === 'en' ? component?.titleEn : component?.titleTh;
            },
          },
          {
            title: t('programmes.col.indicator'),
            render: (_, row) => {
              const indicator = indicators.get(row.indicatorId);
              return `${lang === 'en' ? indicator?.nameEn : indicator?.nameTh} (${indicator?.unit ?? ''})`;
            },
          },
          { title: t('programmes.col.target'), align: 'right', render: (_, row) => number(row.target) },
          { title: t('programmes.col.districts'), render: (_, row) => districtsOf(row.indicatorId) },
          { title: t('programmes.col.actual'), align: 'right', render: (_, row) => number(row.actual) },
          { title: t('programmes.col.percent'), align: 'right', render: (_, row) => number(row.percent) },
        ]}
      />
    </section>
  );
}
