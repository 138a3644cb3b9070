import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import type { CitationTargetKind } from '../../../domain/regulations/vocabulary.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { useCitedProvisions } from './api.js';

export type RegulationsPanelProps = { targetKind: CitationTargetKind; targetKey: string };

/**
 * The provisions a workflow step (or an eligibility rule) rests on, for the side of that step's
 * screen: any feature places it with its step key.
 */
export function RegulationsPanel({ targetKind, targetKey }: RegulationsPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const cited = useCitedProvisions({ targetKind, targetKey });
  return (
    <Card
      size="small"
      title={<span id={`regulations-panel-${targetKey}`}>{t('regulations.panel.title')}</span>}
      data-testid="regulations-panel"
      aria-labelledby={`regulations-panel-${targetKey}`}
    >
      {cited.isError ? <Alert type="error" showIcon message={t('regulations.loadError')} /> : null}
      <List
        size="small"
        loading={cited.isPending}
        dataSource={cited.data?.items ?? []}
        locale={{ emptyText: t('regulations.panel.empty') }}
        renderItem={(item) => (
          <List.Item key={item.citation.citationId}>
            <Space direction="vertical" size={2}>
              <Typography.Text strong>
                {item.provision.reference}
                {item.provision.heading ? ` ${item.provision.heading}` : ''}
              </Typography.Text>
              <Typography.Text>
                {lang === 'en'
                  ? (item.regulation.titleEn ?? item.regulation.titleTh)
                  : item.regulation.titleTh}
                {' · '}
                {formatIsoDate(item.regulation.issuedOn, lang, { style: 'short' })}
              </Typography.Text>
              <Space wrap size={4}>
                {item.regulation.verified ? null : <Tag>{t('regulations.unverified')}</Tag>}
                {item.citation.needsReview ? (
                  <Tag color="warning">{t('regulations.panel.needsReview')}</Tag>
                ) : null}
                {item.regulation.url ? (
                  <Typography.Link href={item.regulation.url} target="_blank" rel="noreferrer">
                    {t('regulations.open')}
                  </Typography.Link>
                ) : null}
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
