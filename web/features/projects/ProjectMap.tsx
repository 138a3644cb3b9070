import { Alert, Spin, Typography } from 'antd';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import type { ProjectFilter } from '../../../domain/projects/project-query.js';
import { useProvinceStats } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { useThailandMap } from '../dashboard/useThailandMap.js';
import { useProjectMap } from './api.js';
import { buildProjectMapOption } from './projectMapOption.js';

export interface ProjectMapProps {
  filter: ProjectFilter;
  /** A clicked province becomes the area filter, which opens its project points. */
  onProvince: (code: string) => void;
}

/** The filtered projects by province (money, cluster shares split) and by area point in a chosen province. */
export function ProjectMap({ filter, onProvince }: ProjectMapProps) {
  const t = useT();
  const { lang } = useLang();
  const geo = useThailandMap();
  const stats = useProvinceStats();
  const data = useProjectMap(filter);
  const provinces = useMemo(() => stats.data?.items ?? [], [stats.data]);
  const option = useMemo(
    () => buildProjectMapOption({ data: data.data, provinces, lang, t }),
    [data.data, provinces, lang, t],
  );
  const handleClick = useCallback(
    (event: ECElementEvent) => {
      const code = String(event.name);
      if (event.seriesType === 'map' && /^\d{2}$/.test(code)) {
        onProvince(code);
      }
    },
    [onProvince],
  );
  if (geo.isError || data.isError) {
    return <Alert type="error" showIcon title={t('projectMap.error')} />;
  }
  if (!geo.isSuccess || !data.data) {
    return <Spin />;
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{t('projectMap.hint')}</Typography.Paragraph>
      <EChart option={option} onClick={handleClick} className="province-map" testId="project-map" />
    </>
  );
}
