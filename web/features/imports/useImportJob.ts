import { useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Job } from '../../app/api/types.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { isFinished, useJob, useJobItems } from './api.js';

/**
 * Sends a file through `upload` as an import job and follows it: the job while it runs, its row report
 * once finished, and the queries under `refresh` read again when it succeeds.
 */
export function useImportJob<Input>(
  upload: UseMutationResult<{ job: Job }, Error, Input>,
  refresh: QueryKey,
) {
  const queryClient = useQueryClient();
  const handleApiError = useApiErrorHandler();
  const refreshKey = useRef(refresh);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const finished = isFinished(job.data);
  const items = useJobItems(jobId, finished);
  const succeeded = job.data?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) {
      void queryClient.invalidateQueries({ queryKey: refreshKey.current });
    }
  }, [queryClient, succeeded]);

  /** For antd's `beforeUpload`: the file goes through our own request (CSRF header), not antd's uploader. */
  const send = (input: Input) => {
    setJobId(null);
    upload.mutate(input, {
      onSuccess: ({ job: created }) => {
        queryClient.setQueryData(['jobs', created.id], created);
        setJobId(created.id);
      },
      onError: (error) => handleApiError(error),
    });
    return false;
  };
  return {
    send,
    job: job.data,
    finished,
    items,
    hasFailures:
      (job.data?.result?.failedRows ?? 0) > 0 || (items.data?.items.some((item) => !item.ok) ?? false),
    busy: upload.isPending || (jobId !== null && !finished),
  };
}
