import { Card } from 'antd';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLang, useT } from '../../app/i18n/index.js';
import { ListLoadError } from '../../components/ListStates.js';
import { useOverview } from './api.js';
import { MetricCards } from './MetricCards.js';
import { formatsFor } from './metrics.js';

/** The centre's home: the nation's measures for the year, each opening its list, and the way down. */
export function NationCard({ fiscalYear }: { fiscalYear: number }) {
  const t = useT();
  const { lang } = useLang();
  const overview = useOverview(fiscalYear, { level: 'national' });
  const formats = useMemo(() => formatsFor(lang, t('overview.millionUnit')), [lang, t]);
  return (
    <Card
      title={t('home.title.centre')}
      data-testid="nation-card"
      extra={
        <Link
          to="/overview"
          search={(previous) => ({ ...previous, level: 'national' })}
          data-testid="open-nation"
        >
          {t('overview.openNation')}
        </Link>
      }
    >
      {overview.isError && <ListLoadError error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <MetricCards
          unit={overview.data.unit}
          metrics={overview.data.metrics}
          formats={formats}
          loading={overview.isFetching}
        />
      )}
    </Card>
  );
}
