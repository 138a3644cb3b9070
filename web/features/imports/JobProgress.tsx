import { Alert, Descriptions, Progress, Tag } from 'antd';
import type { Job, JobStatus } from '../../app/api/types.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';

const STATUS: Record<JobStatus, { key: MessageKey; color: string }> = {
  queued: { key: 'import.status.queued', color: 'default' },
  running: { key: 'import.status.running', color: 'processing' },
  succeeded: { key: 'import.status.succeeded', color: 'success' },
  failed: { key: 'import.status.failed', color: 'error' },
};

export interface JobProgressProps {
  job: Job;
}

function percentOf(job: Job): number {
  if (job.status === 'succeeded') {
    return 100;
  }
  return job.progressTotal > 0 ? Math.floor((job.progressDone / job.progressTotal) * 100) : 0;
}

export function JobProgress({ job }: JobProgressProps) {
  const t = useT();
  const { lang } = useLang();
  const status = STATUS[job.status];
  const progressStatus =
    job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  const error = lang === 'en' ? (job.errorEn ?? job.errorTh) : (job.errorTh ?? job.errorEn);
  const result = job.result;

  return (
    <div data-testid="import-job" data-status={job.status}>
      <Tag color={status.color} data-testid="import-status">
        {t(status.key)}
      </Tag>
      <Progress
        percent={percentOf(job)}
        status={progressStatus}
        aria-label={t('import.progress', { done: job.progressDone, total: job.progressTotal })}
        data-testid="import-progress"
      />
      <div className="muted">
        {t('import.progress', { done: job.progressDone, total: job.progressTotal })}
      </div>
      {error && <Alert type="error" title={error} showIcon style={{ marginTop: 12 }} />}
      {result && (
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'inserted', label: t('import.inserted'), children: result.inserted ?? 0 },
            { key: 'updated', label: t('import.updated'), children: result.updated ?? 0 },
            { key: 'failed', label: t('import.failedRows'), children: result.failedRows ?? 0 },
          ]}
        />
      )}
    </div>
  );
}
