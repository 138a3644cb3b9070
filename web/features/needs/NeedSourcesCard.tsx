import { Card, Tag, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { NEED_ORIGIN_LABELS } from '../../../domain/needs/need.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { formatCount } from './labels.js';
import type { NeedDetail, NeedSource } from '../../../domain/needs/need-response.js';

export interface NeedSourcesCardProps {
  need: NeedDetail;
}

/** Every original source of the need: its own first, then those of the needs merged into it. */
export function NeedSourcesCard({ need }: NeedSourcesCardProps) {
  const t = useT();
  const { lang } = useLang();

  const renderSource = (source: NeedSource) => {
    const own = source.fromNeedId === need.id;
    return (
      <li key={source.id} className="plain-list-item" data-testid={`need-source-${source.id}`}>
        <div>
          {NEED_ORIGIN_LABELS[source.origin][lang]}{' '}
          {own ? (
            <Tag color="blue">{t('needs.sources.own')}</Tag>
          ) : (
            <Tag color="gold">
              {t('needs.sources.mergedFrom')}{' '}
              <Link to="/needs/$needId" params={{ needId: source.fromNeedId }}>
                {source.fromReferenceNo ?? source.fromNeedId}
              </Link>
            </Tag>
          )}
        </div>
        <div>
          {source.sourceDocument ?? t('needs.sources.noDocument')}
          {source.sourceDate ? ` · ${formatIsoDate(source.sourceDate, lang)}` : ''}
        </div>
        <Typography.Text type="secondary">
          {t('needs.beneficiaries', {
            households: formatCount(source.households, lang),
            people: formatCount(source.people, lang),
          })}
        </Typography.Text>
      </li>
    );
  };

  return (
    <Card title={t('needs.sources.title', { count: need.sources.length })} size="small">
      <ul className="plain-list" data-testid="need-sources" data-count={need.sources.length}>
        {need.sources.map(renderSource)}
      </ul>
    </Card>
  );
}
