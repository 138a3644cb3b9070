import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Checkbox, Modal, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useT } from '../../../app/i18n/index.js';
import { JobStatus } from '../../../components/JobStatus.js';
import { isFinished, useJob } from '../../imports/api.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { planPdfOptionsSchema, type PdfOptions } from '../../../../domain/plans/outputs.js';
import { pdfResultOf, useStartPdf } from './api.js';

export interface PlanPdfButtonProps {
  tree: VersionTree;
}

/** Produces the official plan document as a PDF job, then offers the file. */
export function PlanPdfButton({ tree }: PlanPdfButtonProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const start = useStartPdf();
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [options, setOptions] = useState<PdfOptions>(() => planPdfOptionsSchema.parse({}));
  const job = useJob(jobId);
  const running = jobId !== null && !isFinished(job.data);
  const result = pdfResultOf(job.data);

  const handleStart = () => {
    setJobId(null);
    start.mutate(
      { versionId: tree.version.id, options },
      {
        onSuccess: ({ job: created }) => {
          queryClient.setQueryData(['jobs', created.id], created);
          setJobId(created.id);
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  const option = (key: keyof PdfOptions, label: string) => (
    <Checkbox
      checked={options[key]}
      onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
    >
      {label}
    </Checkbox>
  );

  return (
    <>
      <Button icon={<FilePdfOutlined />} onClick={() => setOpen(true)} data-testid="plan-pdf">
        {t('plans.pdf.button')}
      </Button>
      {open && (
        <Modal
          open
          title={t('plans.pdf.title')}
          onCancel={() => setOpen(false)}
          footer={[
            <Button key="close" onClick={() => setOpen(false)}>
              {t('needs.close')}
            </Button>,
            <Button
              key="go"
              type="primary"
              loading={start.isPending || running}
              onClick={handleStart}
              data-testid="plan-pdf-start"
            >
              {t('plans.pdf.start')}
            </Button>,
          ]}
          destroyOnHidden
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('plans.pdf.explain')}</Typography.Text>
            {option('thaiDigits', t('plans.pdf.thaiDigits'))}
            {option('thaiDigitsInTables', t('plans.pdf.thaiDigitsInTables'))}
            {option('landscapeProjectList', t('plans.pdf.landscape'))}
            {job.data && <JobStatus job={job.data} testId="plan-pdf-job" />}
            {job.data?.status === 'succeeded' && result && (
              <Button
                type="primary"
                block
                className="wrap-button"
                icon={<DownloadOutlined />}
                href={result.downloadUrl}
                download={result.fileName}
                data-testid="plan-pdf-download"
              >
                {t('plans.pdf.download', { name: result.fileName })}
              </Button>
            )}
          </Space>
        </Modal>
      )}
    </>
  );
}
