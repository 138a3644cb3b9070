import { Card, Descriptions, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { NEED_LINK_TYPE_LABELS } from '../../../domain/needs/need.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { NeedStatusTag } from './NeedStatusTag.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

export interface NeedOutcomeCardProps {
  need: NeedDetail;
}

/** "What happened to it": the status with its reason, and where the need went. */
export function NeedOutcomeCard({ need }: NeedOutcomeCardProps) {
  const t = useT();
  const { lang } = useLang();
  const { outcome } = need;
  const items = [
    { key: 'status', label: t('common.status'), children: <NeedStatusTag status={outcome.status} /> },
    ...(outcome.changedAt
      ? [
          {
            key: 'changedAt',
            label: t('needs.outcome.changedAt'),
            children: formatDate(outcome.changedAt, lang, { withTime: true }),
          },
        ]
      : []),
    ...(outcome.reason
      ? [{ key: 'reason', label: t('needs.outcome.reason'), children: outcome.reason }]
      : []),
    ...(outcome.linked
      ? [
          {
            key: 'linked',
            label: t('needs.outcome.linkedTo'),
            children: (
              <span data-testid="need-outcome-linked">
                {NEED_LINK_TYPE_LABELS[outcome.linked.type][lang]}:{' '}
                {outcome.linked.label ?? outcome.linked.id}
              </span>
            ),
          },
        ]
      : []),
    ...(outcome.forwarded
      ? [
          {
            key: 'forwarded',
            label: t('needs.outcome.forwardedTo'),
            children: (
              <span data-testid="need-outcome-forwarded">
                {outcome.forwarded.agencyNameTh ?? outcome.forwarded.toName ?? t('common.dash')}
                {outcome.forwarded.reference
                  ? ` · ${t('needs.outcome.reference')} ${outcome.forwarded.reference}`
                  : ''}
              </span>
            ),
          },
        ]
      : []),
    ...(outcome.mergedInto
      ? [
          {
            key: 'mergedInto',
            label: t('needs.outcome.mergedInto'),
            children: (
              <span data-testid="need-outcome-merged-into">
                <Link
                  to="/needs/$needId"
                  params={{ needId: outcome.mergedInto.id }}
                  style={{ textDecoration: 'underline' }}
                >
                  {outcome.mergedInto.referenceNo}
                </Link>{' '}
                {outcome.mergedInto.title} <NeedStatusTag status={outcome.mergedInto.status} />
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('needs.outcome.title')} size="small" data-testid="need-outcome">
      <Descriptions size="small" column={1} items={items} />
      {outcome.mergedFrom.length > 0 && (
        <>
          <Typography.Text strong>
            {t('needs.outcome.mergedFrom', { count: outcome.mergedFrom.length })}
          </Typography.Text>
          <ul className="plain-list">
            {outcome.mergedFrom.map((merged) => (
              <li key={merged.id} className="plain-list-item">
                <Link
                  to="/needs/$needId"
                  params={{ needId: merged.id }}
                  style={{ textDecoration: 'underline' }}
                >
                  {merged.referenceNo}
                </Link>{' '}
                {merged.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
