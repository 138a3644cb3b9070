import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from '@tanstack/react-router';
import { Card, Space, Spin, Tag, Typography } from 'antd';
import { PROGRESS_STATUS_LABELS } from '../../../domain/results/progress.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useProject } from '../projects/api.js';
import { EvidenceGallery } from './EvidenceGallery.js';
import { EvidenceUploadForm } from './EvidenceUploadForm.js';
import { ProgressForm } from './ProgressForm.js';
import { useProjectResults } from './progress-api.js';

/** A project's quarterly progress reports with their site photos, and the forms to add both. */
export function ProgressReportPage() {
  const t = useT();
  const { lang } = useLang();
  const { projectId } = useParams({ from: '/app/projects/$projectId/progress' });
  const results = useProjectResults(projectId);
  const project = useProject(projectId);
  const canRecord = useCan('result.record');
  if (!results.data) {
    return results.isError ? (
      <RecordLoadError error={results.error} onRetry={() => void results.refetch()} listPath="/projects" />
    ) : (
      <Spin />
    );
  }
  const data = results.data;
  const place = project.data?.locations[0]?.geometry;
  const center = place?.type === 'Point' ? (place.coordinates as [number, number]) : undefined;
  const recordable = canRecord && data.reportable;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/projects/$projectId" params={{ projectId }}>
        <ArrowLeftOutlined /> {t('progress.backToProject')}
      </Link>
      <PageTitle title={t('progress.title', { code: data.code, title: data.title })} />
      {recordable ? (
        <Card title={t('progress.formTitle')} size="small">
          <ProgressForm results={data} />
        </Card>
      ) : (
        <Typography.Text type="secondary">{t('progress.notReportable')}</Typography.Text>
      )}
      {recordable ? (
        <Card title={t('progress.photo.title')} size="small">
          <EvidenceUploadForm results={data} center={center} />
        </Card>
      ) : null}
      {data.progress.map((report) => (
        <Card
          key={report.id}
          size="small"
          data-testid="progress-report"
          title={t('progress.photo.reportOption', { quarter: report.quarter, year: report.fiscalYear })}
          extra={
            <Space>
              <Tag data-testid="progress-report-percent">{report.physicalPercent}%</Tag>
              <Tag color={report.status === 'completed' ? 'green' : 'default'}>
                {PROGRESS_STATUS_LABELS[report.status][lang]}
              </Tag>
            </Space>
          }
        >
          <EvidenceGallery projectId={projectId} report={report} />
        </Card>
      ))}
    </Space>
  );
}
