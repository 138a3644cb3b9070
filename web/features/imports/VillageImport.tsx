import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { areaKeys } from '../../app/api/reference.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { isFinished, TEMPLATE_URL, useJob, useJobItems, useUploadVillages } from './api.js';
import { FailedRowsTable } from './FailedRowsTable.js';
import { JobProgress } from './JobProgress.js';

export function VillageImport() {
  const t = useT();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const [jobId, setJobId] = useState<string | null>(null);
  const upload = useUploadVillages();
  const job = useJob(jobId);
  const finished = isFinished(job.data);
  const items = useJobItems(jobId, finished);
  const hasFailures =
    (job.data?.result?.failedRows ?? 0) > 0 || (items.data?.items.some((item) => !item.ok) ?? false);

  const handleFile = (file: File) => {
    setJobId(null);
    upload.mutate(file, {
      onSuccess: ({ job: created }) => {
        setJobId(created.id);
        queryClient.setQueryData(['jobs', created.id], created);
      },
      onError: (error) => handleApiError(error),
    });
    // The file goes through our own request (CSRF header), not antd's uploader.
    return false;
  };

  const succeeded = job.data?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) {
      void queryClient.invalidateQueries({ queryKey: areaKeys.all });
    }
  }, [queryClient, succeeded]);

  return (
    <>
      <PageTitle
        title={t('import.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} download data-testid="import-template">
            {t('import.template')}
          </Button>
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={handleFile}
            disabled={upload.isPending || (jobId !== null && !finished)}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <Typography.Paragraph>{t('import.hint')}</Typography.Paragraph>
          </Upload.Dragger>
          {upload.isPending && (
            <Space style={{ marginTop: 12 }}>
              <Spin size="small" /> {t('import.uploading')}
            </Space>
          )}
        </Card>
        {job.data && (
          <Card>
            <JobProgress job={job.data} />
          </Card>
        )}
        {finished && hasFailures && (
          <Card title={t('import.failedTable')}>
            <FailedRowsTable items={items.data?.items ?? []} loading={items.isPending} />
          </Card>
        )}
      </Space>
    </>
  );
}
