import { Card, Col, Row, Statistic } from 'antd';
import { Link } from '@tanstack/react-router';
import type { Overview } from '../../../domain/dashboards/overview.js';
import { ORPHAN_KINDS, ORPHAN_KIND_LABELS } from '../../../domain/results/orphans.js';
import { useLang, useT } from '../../app/i18n/index.js';
import type { Formats } from './metrics.js';

/** A province's loose ends by kind (KPI without projects, missed targets…), each opening the results page. */
export function OrphansCard({
  orphans,
  provinceCode,
  formats,
}: {
  orphans: NonNullable<Overview['orphans']>;
  provinceCode: string;
  formats: Formats;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Card title={t('overview.orphansTitle')} data-testid="overview-orphans">
      <Row gutter={[16, 16]}>
        {ORPHAN_KINDS.map((kind) => (
          <Col key={kind} xs={24} sm={12} xl={8}>
            <Link to="/results" search={(previous) => ({ ...previous, area: provinceCode })}>
              <Statistic title={ORPHAN_KIND_LABELS[kind][lang]} value={formats.count(orphans[kind])} />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
