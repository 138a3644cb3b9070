import { Card, Col, Row, Statistic, Table } from 'antd';
import { Link } from '@tanstack/react-router';
import type { Overview, UnitOrphans } from '../../../domain/dashboards/overview.js';
import { ORPHAN_KINDS, ORPHAN_KIND_LABELS, type OrphanKind } from '../../../domain/results/orphans.js';
import { useLang, useT } from '../../app/i18n/index.js';
import type { Formats } from './metrics.js';

type ProvinceOrphans = UnitOrphans['byProvince'][number];

/** A count opening the province's results page, where its loose ends are listed. */
function ProvinceLink({ provinceCode, children }: { provinceCode: string; children: React.ReactNode }) {
  return (
    <Link to="/results" search={(previous) => ({ ...previous, area: provinceCode })}>
      {children}
    </Link>
  );
}

/**
 * A unit's loose ends by kind (KPI without projects, missed targets…). A province's counts open its
 * results page; a cluster's or the nation's are totals, with a row per province that has any, each
 * count opening that province's list (the lists are kept per province).
 */
export function OrphansCard({
  overview,
  orphans,
  formats,
}: {
  overview: Overview;
  orphans: UnitOrphans;
  formats: Formats;
}) {
  const t = useT();
  const { lang } = useLang();
  const own = overview.unit.level === 'province' ? overview.unit.code : null;
  const nameOf = (code: string) => {
    const province = overview.provinces.find((entry) => entry.code === code);
    return (lang === 'en' ? province?.nameEn : province?.nameTh) ?? province?.nameTh ?? code;
  };
  return (
    <Card title={t('overview.orphansTitle')} data-testid="overview-orphans">
      <Row gutter={[16, 16]}>
        {ORPHAN_KINDS.map((kind) => {
          const figure = (
            <Statistic title={ORPHAN_KIND_LABELS[kind][lang]} value={formats.count(orphans.counts[kind])} />
          );
          return (
            <Col key={kind} xs={24} sm={12} xl={8}>
              {own ? <ProvinceLink provinceCode={own}>{figure}</ProvinceLink> : figure}
            </Col>
          );
        })}
      </Row>
      {own === null && (
        <Table<ProvinceOrphans>
          rowKey="provinceCode"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          style={{ marginTop: 16 }}
          dataSource={orphans.byProvince}
          locale={{ emptyText: t('overview.noOrphans') }}
          data-testid="overview-orphans-provinces"
          columns={[
            {
              title: t('overview.level.province'),
              key: 'province',
              render: (_, row) => nameOf(row.provinceCode),
            },
            ...ORPHAN_KINDS.map((kind: OrphanKind) => ({
              title: ORPHAN_KIND_LABELS[kind][lang],
              key: kind,
              align: 'right' as const,
              render: (_: unknown, row: ProvinceOrphans) => (
                <ProvinceLink provinceCode={row.provinceCode}>{formats.count(row.counts[kind])}</ProvinceLink>
              ),
            })),
          ]}
        />
      )}
    </Card>
  );
}
