import { Card, Descriptions, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import { NEED_ORIGIN_LABELS } from '../../../domain/needs/need.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';
import { dimensionName, formatCount } from './labels.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

export interface NeedFactsCardProps {
  need: NeedDetail;
}

/** The recorded facts: where, what, from which source, for how many people. */
export function NeedFactsCard({ need }: NeedFactsCardProps) {
  const t = useT();
  const { lang } = useLang();
  const dash = t('common.dash');
  const area = need.area;
  const areaName = area ? (lang === 'en' && area.nameEn ? area.nameEn : area.nameTh) : need.areaCode;
  const trail = area?.ancestors.map((ancestor) => ancestor.nameTh).join(' › ');

  return (
    <Card title={t('needs.detail.facts')} size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'area',
            label: t('needs.field.area'),
            span: 'filled',
            children: (
              <span>
                <Link to="/areas/$code" params={{ code: need.areaCode }}>
                  {areaName}
                </Link>{' '}
                <Typography.Text type="secondary">
                  ({area ? AREA_LEVEL_LABELS[area.level][lang] : ''} {need.areaCode}
                  {trail ? ` · ${trail}` : ''})
                </Typography.Text>
              </span>
            ),
          },
          {
            key: 'description',
            label: t('needs.field.description'),
            span: 'filled',
            children: need.description ? <span className="pre-wrap">{need.description}</span> : dash,
          },
          { key: 'origin', label: t('needs.field.origin'), children: NEED_ORIGIN_LABELS[need.origin][lang] },
          {
            key: 'dimension',
            label: t('needs.field.dimension'),
            children: need.dimension ? dimensionName(need.dimension, lang) : (need.dimensionNameTh ?? dash),
          },
          {
            key: 'beneficiaries',
            label: t('needs.detail.beneficiaries'),
            children: t('needs.beneficiaries', {
              households: formatCount(need.households, lang),
              people: formatCount(need.people, lang),
            }),
          },
          {
            key: 'fiscalYear',
            label: t('needs.field.fiscalYear'),
            children: fiscalYearText(need.fiscalYear, lang),
          },
          {
            key: 'sourceDocument',
            label: t('needs.field.sourceDocument'),
            children: need.sourceDocument ?? dash,
          },
          {
            key: 'sourceDate',
            label: t('needs.field.sourceDate'),
            children: need.sourceDate ? formatIsoDate(need.sourceDate, lang) : dash,
          },
          {
            key: 'sourcePriority',
            label: t('needs.field.sourcePriority'),
            children: need.sourcePriority ?? dash,
          },
          {
            key: 'createdAt',
            label: t('needs.field.createdAt'),
            children: formatDate(need.createdAt, lang, { withTime: true }),
          },
        ]}
      />
    </Card>
  );
}
