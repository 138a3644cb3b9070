import { Card, Col, Row, Skeleton, Space, Statistic, Tag } from 'antd';
import { getRouteApi } from '@tanstack/react-router';
import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import { useArea } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { areaName } from '../../components/area-tree/nodes.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { AreaBreadcrumbs } from './AreaBreadcrumbs.js';
import { AreaFacts } from './AreaFacts.js';
import { ChildAreasTable } from './ChildAreasTable.js';
import { childLevelOf, levelsBelow } from './levels.js';

const routeApi = getRouteApi('/app/areas/$code');

export function AreaDetailPage() {
  const t = useT();
  const { lang } = useLang();
  const { code } = routeApi.useParams();
  const detail = useArea(code);

  if (detail.isPending) {
    return <Skeleton active />;
  }
  if (!detail.data) {
    return <RecordLoadError error={detail.error} onRetry={() => void detail.refetch()} listPath="/areas" />;
  }

  const { area, ancestors, childCounts } = detail.data;
  const childLevel = childLevelOf(area.level);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <AreaBreadcrumbs ancestors={ancestors} current={area} />
      <PageTitle
        title={
          <>
            {areaName(area, lang)} <Tag>{AREA_LEVEL_LABELS[area.level][lang]}</Tag>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        {levelsBelow(area.level).map((level) => (
          <Col key={level} xs={12} sm={8}>
            <Card size="small">
              <Statistic title={AREA_LEVEL_LABELS[level][lang]} value={childCounts[level] ?? 0} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card>
        <AreaFacts area={area} />
      </Card>
      {childLevel && (
        <Card title={t('areas.children', { level: AREA_LEVEL_LABELS[childLevel][lang] })}>
          <ChildAreasTable key={area.code} parentCode={area.code} childLevel={childLevel} />
        </Card>
      )}
    </Space>
  );
}
