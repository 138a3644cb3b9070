import { Breadcrumb } from 'antd';
import { Link } from '@tanstack/react-router';
import type { Area } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { areaName } from '../../components/area-tree/nodes.js';
import { AreaLink } from './AreaLink.js';

export interface AreaBreadcrumbsProps {
  ancestors: readonly Area[];
  current: Area;
}

export function AreaBreadcrumbs({ ancestors, current }: AreaBreadcrumbsProps) {
  const t = useT();
  const { lang } = useLang();
  const ordered = [...ancestors].sort((a, b) => a.code.length - b.code.length);
  const items = [
    { key: 'root', title: <Link to="/areas">{t('areas.country')}</Link> },
    ...ordered.map((area) => ({
      key: area.code,
      title: <AreaLink code={area.code}>{areaName(area, lang)}</AreaLink>,
    })),
    { key: current.code, title: areaName(current, lang) },
  ];
  return <Breadcrumb items={items} data-testid="area-breadcrumbs" />;
}
