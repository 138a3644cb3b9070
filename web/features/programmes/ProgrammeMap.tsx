import { Alert, Card, Spin } from 'antd';
import { useMemo } from 'react';
import type { Ranking } from '../../../domain/programmes/responses.js';
import { useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { useThailandMap } from '../dashboard/useThailandMap.js';
import { buildProgrammeMapOption } from './programmeMapOption.js';

/** All provinces of the reader's view on the map, coloured by achievement, late ones outlined. */
export function ProgrammeMap({ ranking }: { ranking: Ranking }) {
  const t = useT();
  const map = useThailandMap();
  const option = useMemo(() => buildProgrammeMapOption(ranking, t), [ranking, t]);
  return (
    <Card
      title={t('programmes.map.title')}
      extra={<span className="hide-on-phone">{t('programmes.map.hint')}</span>}
    >
      {map.isError ? <Alert type="error" showIcon message={t('dashboard.mapError')} /> : null}
      {map.isPending ? (
        <div className="province-map province-map-loading">
          <Spin />
        </div>
      ) : null}
      {map.isSuccess ? <EChart option={option} className="province-map" testId="programme-map" /> : null}
    </Card>
  );
}
