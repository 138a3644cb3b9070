import { PictureOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { photoPreviewResultSchema } from '../../../domain/results/photo-previews.js';
import type { JobItem } from '../../app/api/types.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { JobStatus } from '../../components/JobStatus.js';
import { isFinished, useJob, useJobItems } from '../imports/api.js';
import { useLatestPhotoPreviewJob, useStartPhotoPreviews } from './api.js';

/**
 * For administrators: starts the job that makes the previews of photos kept before uploads were
 * decoded whole (progress photos and yearly asset check photos), shows its progress, then what
 * became of each photo; on opening, the same for the run started last.
 */
export function PhotoPreviewsPanel() {
  const t = useT();
  const { lang } = useLang();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const start = useStartPhotoPreviews();
  const latest = useLatestPhotoPreviewJob();
  const [startedId, setStartedId] = useState<string | null>(null);
  // Until this page starts a run, the one started last (by anyone) shows, still running or done.
  const jobId = startedId ?? latest.data?.job?.id ?? null;
  const job = useJob(jobId);
  const finished = isFinished(job.data);
  const items = useJobItems(jobId, finished);
  const counts = photoPreviewResultSchema.safeParse(job.data?.result).data;

  const handleStart = () =>
    start.mutate(undefined, {
      onSuccess: ({ job: created }) => {
        queryClient.setQueryData(['jobs', created.id], created);
        setStartedId(created.id);
      },
      onError: (error) => handleApiError(error),
    });

  return (
    <Card title={t('results.previews.title')} data-testid="photo-previews">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('results.previews.explain')}</Typography.Text>
        <Button
          type="primary"
          icon={<PictureOutlined />}
          loading={start.isPending || (jobId !== null && !finished)}
          onClick={handleStart}
          data-testid="photo-previews-start"
        >
          {t('results.previews.start')}
        </Button>
        {job.data && (
          <>
            <JobStatus
              job={job.data}
              testId="photo-previews-job"
              summary={
                counts && [
                  { key: 'made', label: t('results.previews.made'), value: counts.made },
                  { key: 'refused', label: t('results.previews.refused'), value: counts.refused },
                ]
              }
            />
            <Typography.Text data-testid="photo-previews-progress">
              {t('results.previews.progress', {
                done: job.data.progressDone,
                total: job.data.progressTotal,
              })}
            </Typography.Text>
          </>
        )}
        {finished && (
          <Table<JobItem>
            rowKey="itemNo"
            size="small"
            loading={items.isPending}
            dataSource={items.data?.items ?? []}
            locale={{ emptyText: t('results.previews.none') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            data-testid="photo-previews-report"
            columns={[
              { title: t('results.previews.itemNo'), dataIndex: 'itemNo', width: 70 },
              {
                title: t('results.previews.outcome'),
                width: 150,
                render: (_, item) =>
                  item.ok ? (
                    <Tag color="success">{t('results.previews.itemDone')}</Tag>
                  ) : (
                    <Tag color="error">{t('results.previews.itemRefused')}</Tag>
                  ),
              },
              {
                title: t('results.previews.photo'),
                render: (_, item) => item.messages.map((message) => message[lang]).join(' · '),
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
