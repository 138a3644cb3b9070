import { Button, Table, Tag } from 'antd';
import type { AreaFigure } from '../../../domain/indicators/figures.js';
import { useLang, useT } from '../../app/i18n/index.js';

/** The figures of the areas under one area: this year, last year, the change and the target. */
export function FiguresTable(props: {
  rows: readonly AreaFigure[];
  loading: boolean;
  onOpen?: (areaCode: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const locale = lang === 'th' ? 'th-TH' : 'en-US';
  const number = (value: number | null) => (value === null ? '-' : value.toLocaleString(locale));
  return (
    <Table<AreaFigure>
      rowKey="areaCode"
      size="small"
      pagination={false}
      loading={props.loading}
      dataSource={[...props.rows]}
      locale={{ emptyText: t('indicators.figures.none') }}
      data-testid="indicator-figures"
      columns={[
        {
          title: t('indicators.column.area'),
          render: (_, row) => {
            const name = (lang === 'en' ? row.nameEn : null) ?? row.nameTh;
            return props.onOpen && row.level !== 'subdistrict' && row.level !== 'village' ? (
              // A button, not an anchor without href: it opens the areas below, reachable by keyboard.
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => props.onOpen?.(row.areaCode)}
              >
                {name}
              </Button>
            ) : (
              name
            );
          },
        },
        { title: t('indicators.column.value'), align: 'right', render: (_, row) => number(row.value) },
        {
          title: t('indicators.column.previous'),
          align: 'right',
          render: (_, row) => number(row.previousValue),
        },
        {
          title: t('indicators.column.change'),
          align: 'right',
          render: (_, row) =>
            row.change === null ? (
              '-'
            ) : (
              <Tag color={row.improved ? 'green' : row.change === 0 ? 'default' : 'red'}>
                {row.change > 0 ? '+' : ''}
                {number(row.change)}
              </Tag>
            ),
        },
        { title: t('indicators.column.target'), align: 'right', render: (_, row) => number(row.target) },
        {
          title: t('indicators.column.status'),
          render: (_, row) => (row.belowTarget ? <Tag color="red">{t('indicators.belowTarget')}</Tag> : null),
        },
      ]}
    />
  );
}
