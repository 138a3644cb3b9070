import { Descriptions, Tag } from 'antd';
import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import type { Area } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';

export interface AreaFactsProps {
  area: Area;
}

export function AreaFacts({ area }: AreaFactsProps) {
  const t = useT();
  const { lang } = useLang();
  const dash = t('common.dash');
  const coordinates =
    area.lat !== null && area.lon !== null ? `${area.lat.toFixed(5)}, ${area.lon.toFixed(5)}` : dash;
  const items = [
    { key: 'code', label: t('common.code'), children: area.code },
    { key: 'level', label: t('common.level'), children: AREA_LEVEL_LABELS[area.level][lang] },
    { key: 'nameTh', label: t('common.nameTh'), children: area.nameTh },
    { key: 'nameEn', label: t('common.nameEn'), children: area.nameEn ?? dash },
    { key: 'postcode', label: t('areas.postcode'), children: area.postcode ?? dash },
    { key: 'coordinates', label: t('areas.coordinates'), children: coordinates },
    { key: 'validFrom', label: t('areas.validFrom'), children: formatDate(area.validFrom, lang) || dash },
    {
      key: 'special',
      label: t('areas.specialArea'),
      children: area.isSpecialArea ? <Tag color="gold">{t('common.yes')}</Tag> : t('common.no'),
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
