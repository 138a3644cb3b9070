import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { areaKeys } from '../../app/api/reference.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { TEMPLATE_URL, useUploadVillages } from './api.js';
import { FailedRowsTable } from './FailedRowsTable.js';
import { JobProgress } from './JobProgress.js';
import { useImportJob } from './useImportJob.js';

export function VillageImport() {
  const t = useT();
  const upload = useUploadVillages();
  const { send, job, finished, items, hasFailures, busy } = useImportJob(upload, areaKeys.all);

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
            beforeUpload={send}
            disabled={busy}
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
        {job && (
          <Card>
            <JobProgress job={job} />
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
