import { Descriptions, Tag } from 'antd';
import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import { AREA_REFERENCE_CHECK_LABELS } from '../../../domain/areas/area.js';
import type { Area } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';
import { AreaLink } from './AreaLink.js';

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
    { key: 'validTo', label: t('areas.validTo'), children: formatIsoDate(area.validTo, lang) || dash },
    {
      key: 'successor',
      label: t('areas.successor'),
      children: area.successorCode ? (
        <AreaLink code={area.successorCode}>{area.successorCode}</AreaLink>
      ) : (
        dash
      ),
    },
    {
      key: 'referenceCheck',
      label: t('areas.referenceCheck'),
      span: 2,
      children: area.referenceCheck ? (
        <span data-testid="area-reference-check">
          <Tag color="orange">{AREA_REFERENCE_CHECK_LABELS[area.referenceCheck][lang]}</Tag>
          {area.referenceNote}
        </span>
      ) : (
        dash
      ),
    },
    {
      key: 'special',
      label: t('areas.specialArea'),
      children: area.isSpecialArea ? <Tag color="gold">{t('common.yes')}</Tag> : t('common.no'),
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
