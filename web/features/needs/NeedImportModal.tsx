import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Spin, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT, type Translate } from '../../app/i18n/index.js';
import type { Job } from '../../app/api/types.js';
import { JobStatus, type JobSummaryRow } from '../../components/JobStatus.js';
import { isFinished, useJob, useJobItems } from '../imports/api.js';
import { FailedRowsTable } from '../imports/FailedRowsTable.js';
import { NEED_TEMPLATE_URL, needKeys } from './api.js';
import { useUploadNeedImport } from './mutations.js';

export interface NeedImportModalProps {
  onClose: () => void;
}

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface NeedImportCounts {
  totalRows?: number;
  inserted?: number;
  updated?: number;
  unchanged?: number;
  failedRows?: number;
}

function importSummary(job: Job, t: Translate): JobSummaryRow[] {
  const counts = (job.result ?? {}) as NeedImportCounts;
  if (counts.totalRows === undefined) {
    return [];
  }
  return [
    { key: 'total', label: t('job.totalRows'), value: counts.totalRows },
    { key: 'inserted', label: t('import.inserted'), value: counts.inserted ?? 0 },
    { key: 'updated', label: t('import.updated'), value: counts.updated ?? 0 },
    { key: 'unchanged', label: t('job.unchangedRows'), value: counts.unchanged ?? 0 },
    { key: 'failed', label: t('import.failedRows'), value: counts.failedRows ?? 0 },
  ];
}

/** Upload an xlsx made from the template (or an export), follow the job, then read the row report. */
export function NeedImportModal({ onClose }: NeedImportModalProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const [jobId, setJobId] = useState<string | null>(null);
  const upload = useUploadNeedImport();
  const job = useJob(jobId);
  const finished = isFinished(job.data);
  const items = useJobItems(jobId, finished);
  const failedRows = items.data?.items.filter((item) => !item.ok) ?? [];
  const succeeded = job.data?.status === 'succeeded';

  useEffect(() => {
    if (succeeded) {
      void queryClient.invalidateQueries({ queryKey: needKeys.all });
    }
  }, [queryClient, succeeded]);

  const handleFile = (file: File) => {
    setJobId(null);
    upload.mutate(file, {
      onSuccess: ({ job: created }) => {
        queryClient.setQueryData(['jobs', created.id], created);
        setJobId(created.id);
      },
      onError: (error) => handleApiError(error),
    });
    return false;
  };

  return (
    <Modal
      open
      title={t('needs.importTitle')}
      onCancel={onClose}
      width={880}
      footer={<Button onClick={onClose}>{t('needs.close')}</Button>}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('needs.importHint')}</Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          href={NEED_TEMPLATE_URL}
          download
          data-testid="need-import-template"
        >
          {t('needs.importTemplate')}
        </Button>
        <Upload.Dragger
          accept={XLSX_ACCEPT}
          multiple={false}
          showUploadList={false}
          beforeUpload={handleFile}
          disabled={upload.isPending || (jobId !== null && !finished)}
          data-testid="need-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Paragraph>{t('needs.importDrop')}</Typography.Paragraph>
        </Upload.Dragger>
        {upload.isPending && (
          <Space>
            <Spin size="small" /> {t('import.uploading')}
          </Space>
        )}
        {job.data && <JobStatus job={job.data} summary={importSummary(job.data, t)} testId="import-job" />}
        {finished && failedRows.length > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('needs.importFailedRows')}
            </Typography.Title>
            <FailedRowsTable items={items.data?.items ?? []} loading={items.isPending} />
          </>
        )}
      </Space>
    </Modal>
  );
}
