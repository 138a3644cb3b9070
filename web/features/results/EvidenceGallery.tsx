import { FileTextOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { ProgressReport } from '../../../domain/results/results-response.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { evidenceHref } from './progress-api.js';

type Evidence = ProgressReport['evidence'][number];

/** A report's photos as previews (the full photo one click away), "after" photos beside their "before". */
export function EvidenceGallery({ projectId, report }: { projectId: string; report: ProgressReport }) {
  const t = useT();
  const { lang } = useLang();
  if (report.evidence.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('progress.photo.none')} />;
  }
  const byId = new Map(report.evidence.map((item) => [item.id, item]));
  const tile = (item: Evidence) => {
    const label = item.caption ?? item.fileName;
    const pair = item.pairOf ? byId.get(item.pairOf) : undefined;
    return (
      <Card key={item.id} size="small" style={{ width: 240 }} data-testid="evidence-tile">
        <a href={evidenceHref(projectId, item.id)} target="_blank" rel="noreferrer">
          {item.hasThumbnail ? (
            <img
              src={evidenceHref(projectId, item.id, true)}
              alt={label}
              style={{ maxWidth: '100%', display: 'block' }}
              data-testid="evidence-thumbnail"
            />
          ) : (
            <span>
              <FileTextOutlined /> {label}
            </span>
          )}
        </a>
        <Flex wrap gap={4} style={{ marginTop: 8 }}>
          {item.phase ? <Tag color="blue">{t(`progress.phase.${item.phase}`)}</Tag> : null}
          {pair ? <Tag>{t('progress.photo.pairedWith', { name: pair.caption ?? pair.fileName })}</Tag> : null}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="evidence-facts">
          {label}
          <br />
          {item.takenOn ? formatIsoDate(item.takenOn, lang) : t('progress.photo.noDate')}
          {' · '}
          {item.latitude !== null && item.longitude !== null
            ? `${item.latitude.toFixed(5)}, ${item.longitude.toFixed(5)}`
            : t('progress.photo.noPosition')}
        </Typography.Paragraph>
      </Card>
    );
  };
  return (
    <Flex wrap gap={12}>
      {report.evidence.map(tile)}
    </Flex>
  );
}
