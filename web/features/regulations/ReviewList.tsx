import { Table, Typography } from 'antd';
import type { CitedProvision } from '../../../domain/regulations/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useCitedProvisions } from './api.js';

/** Steps and rules whose provision was superseded, until an administrator reviews them. */
export function ReviewList() {
  const t = useT();
  const { lang } = useLang();
  const review = useCitedProvisions({ needsReview: true });
  return (
    <section aria-labelledby="regulations-review-title">
      <Typography.Title level={4} id="regulations-review-title">
        {t('regulations.review.title')}
      </Typography.Title>
      <Table<CitedProvision>
        rowKey={(item) => item.citation.citationId}
        size="small"
        pagination={false}
        loading={review.isPending}
        dataSource={review.data?.items ?? []}
        locale={{ emptyText: t('regulations.review.none') }}
        columns={[
          { title: t('regulations.review.target'), render: (_, item) => item.citation.label[lang] },
          {
            title: t('regulations.review.provision'),
            render: (_, item) => `${item.provision.reference} · ${item.regulation.titleTh}`,
          },
        ]}
      />
    </section>
  );
}
