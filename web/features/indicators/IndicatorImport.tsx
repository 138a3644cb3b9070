import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { FailedRowsTable } from '../imports/FailedRowsTable.js';
import { JobProgress } from '../imports/JobProgress.js';
import { useImportJob } from '../imports/useImportJob.js';
import { INDICATOR_TEMPLATE_URL, useUploadIndicatorFile } from './api.js';

/**
 * Imports a file of indicator figures by area code as a job: its progress, then every bad row with
 * its message (a file with one bad row saves nothing). The figures on the page are read again after.
 */
export function IndicatorImport() {
  const t = useT();
  const upload = useUploadIndicatorFile();
  const { send, job, finished, items, hasFailures, busy } = useImportJob(upload, ['indicators']);
  return (
    <Card
      title={t('indicators.import.title')}
      data-testid="indicator-import"
      extra={
        <Button icon={<DownloadOutlined />} href={INDICATOR_TEMPLATE_URL} download>
          {t('import.template')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          beforeUpload={send}
          disabled={busy}
          data-testid="indicator-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Paragraph>{t('indicators.import.hint')}</Typography.Paragraph>
        </Upload.Dragger>
        {upload.isPending ? (
          <Space>
            <Spin size="small" /> {t('import.uploading')}
          </Space>
        ) : null}
        {job ? <JobProgress job={job} /> : null}
        {finished && hasFailures ? (
          <>
            <Typography.Title level={3}>{t('import.failedTable')}</Typography.Title>
            <FailedRowsTable items={items.data?.items ?? []} loading={items.isPending} />
          </>
        ) : null}
      </Space>
    </Card>
  );
}
