import { Alert, Descriptions, Progress, Tag } from 'antd';
import type { Job, JobStatus as Status } from '../app/api/types.js';
import { useLang, useT, type MessageKey } from '../app/i18n/index.js';

export interface JobSummaryRow {
  key: string;
  label: string;
  value: number | string;
}

export interface JobStatusProps {
  job: Job;
  /** What the finished job reports (rows added, changed, …); omitted for jobs without counts. */
  summary?: JobSummaryRow[];
  testId?: string;
}

const STATUS: Record<Status, { key: MessageKey; color: string }> = {
  queued: { key: 'job.queued', color: 'default' },
  running: { key: 'job.running', color: 'processing' },
  succeeded: { key: 'job.succeeded', color: 'success' },
  failed: { key: 'job.failed', color: 'error' },
};

function percentOf(job: Job): number {
  if (job.status === 'succeeded') {
    return 100;
  }
  return job.progressTotal > 0 ? Math.floor((job.progressDone / job.progressTotal) * 100) : 0;
}

/** A background job's status, progress bar, error and summary counts. */
export function JobStatus({ job, summary, testId }: JobStatusProps) {
  const t = useT();
  const { lang } = useLang();
  const error = lang === 'en' ? (job.errorEn ?? job.errorTh) : (job.errorTh ?? job.errorEn);
  const progressStatus =
    job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';

  return (
    <div data-testid={testId} data-status={job.status}>
      <Tag color={STATUS[job.status].color}>{t(STATUS[job.status].key)}</Tag>
      <Progress percent={percentOf(job)} status={progressStatus} aria-label={t(STATUS[job.status].key)} />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
      {summary && summary.length > 0 && (
        <Descriptions
          size="small"
          style={{ marginTop: 8 }}
          column={{ xs: 1, sm: 2 }}
          items={summary.map((row) => ({ key: row.key, label: row.label, children: row.value }))}
        />
      )}
    </div>
  );
}
