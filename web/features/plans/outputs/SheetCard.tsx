import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useT, type MessageKey, type Translate } from '../../../app/i18n/index.js';
import type { Job } from '../../../../domain/jobs/job.js';
import { sheetImportSummarySchema, type PlanSheet } from '../../../../domain/plans/outputs.js';
import { JobStatus, type JobSummaryRow } from '../../../components/JobStatus.js';
import { isFinished, useJob, useJobItems } from '../../imports/api.js';
import { FailedRowsTable } from '../../imports/FailedRowsTable.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { sheetUrl, useImportSheet } from './api.js';

export interface SheetCardProps {
  tree: VersionTree;
  sheet: PlanSheet;
}

const TEXT: Record<PlanSheet, { title: MessageKey; hint: MessageKey }> = {
  kpis: { title: 'plans.sheets.kpis', hint: 'plans.sheets.kpisHint' },
  items: { title: 'plans.sheets.items', hint: 'plans.sheets.itemsHint' },
};

function importSummary(job: Job, t: Translate): JobSummaryRow[] {
  const counts = sheetImportSummarySchema.safeParse(job.result).data;
  if (!counts) {
    return [];
  }
  return [
    { key: 'total', label: t('job.totalRows'), value: counts.totalRows },
    { key: 'changed', label: t('job.changedRows'), value: counts.changedRows },
    { key: 'unchanged', label: t('job.unchangedRows'), value: counts.unchangedRows },
    { key: 'failed', label: t('job.failedRows'), value: counts.failedRows },
  ];
}

/** Export a sheet of the version; on an editable draft, import it back (job, progress, row report). */
export function SheetCard({ tree, sheet }: SheetCardProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const upload = useImportSheet();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const finished = isFinished(job.data);
  const items = useJobItems(jobId, finished);
  const failed = items.data?.items.some((item) => !item.ok) ?? false;

  const handleFile = (file: File) => {
    setJobId(null);
    upload.mutate(
      { versionId: tree.version.id, sheet, file },
      {
        onSuccess: ({ job: created }) => {
          queryClient.setQueryData(['jobs', created.id], created);
          setJobId(created.id);
        },
        onError: (error) => handleApiError(error),
      },
    );
    return false;
  };

  return (
    <Card size="small" title={t(TEXT[sheet].title)} data-testid={`plan-sheet-${sheet}`}>
      <Typography.Paragraph type="secondary">{t(TEXT[sheet].hint)}</Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          href={sheetUrl(tree.version.id, sheet)}
          download
          data-testid={`plan-export-${sheet}`}
        >
          {t('plans.sheets.export')}
        </Button>
        {tree.canEdit && (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={handleFile}
            disabled={upload.isPending || (jobId !== null && !finished)}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid={`plan-import-${sheet}`}>
              {t('plans.sheets.import')}
            </Button>
          </Upload>
        )}
      </Space>
      {job.data && (
        <div style={{ marginTop: 12 }}>
          <JobStatus job={job.data} summary={importSummary(job.data, t)} testId="plan-import-job" />
        </div>
      )}
      {finished && failed && <FailedRowsTable items={items.data?.items ?? []} loading={items.isPending} />}
    </Card>
  );
}
