import { Card, Statistic } from 'antd';
import { Link } from '@tanstack/react-router';
import type { DrillUnitView, Metrics } from '../../../domain/dashboards/overview.js';
import { useT } from '../../app/i18n/index.js';
import { METRICS, type Formats } from './metrics.js';

/** The area a unit's lists are filtered to: a province or district code; the nation and a cluster have none. */
export const areaOf = (unit: DrillUnitView) =>
  unit.level === 'province' || unit.level === 'district' ? (unit.code ?? undefined) : undefined;

/** A unit's measures, each card opening the list it counts. */
export function MetricCards({
  unit,
  metrics,
  formats,
  loading,
}: {
  unit: DrillUnitView;
  metrics: Metrics;
  formats: Formats;
  loading: boolean;
}) {
  const t = useT();
  const area = areaOf(unit);
  return (
    <div className="summary-grid" data-testid="overview-metrics">
      {METRICS.map((metric) => (
        <Card key={metric.key} size="small">
          <Link
            to={metric.list}
            search={(previous) => ({
              ...previous,
              area,
              ...(metric.status ? { status: metric.status } : {}),
            })}
            data-testid={`metric-${metric.key}`}
          >
            <Statistic title={t(metric.labelKey)} value={metric.text(metrics, formats)} loading={loading} />
          </Link>
        </Card>
      ))}
    </div>
  );
}
