import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../app/api/client.js';
import type { Job } from '../../../../domain/jobs/job.js';
import {
  pdfJobResultSchema,
  type PdfJobResult,
  type PdfOptions,
  type PlanSheet,
} from '../../../../domain/plans/outputs.js';
import { versionPath } from '../api.js';
import { useInvalidatePlans } from '../mutations.js';

export function sheetUrl(versionId: string, sheet: PlanSheet): string {
  return `${versionPath(versionId)}/${sheet}.xlsx`;
}

export function useStartPdf() {
  return useMutation({
    mutationFn: ({ versionId, options }: { versionId: string; options: PdfOptions }) =>
      apiFetch<{ job: Job }>(`${versionPath(versionId)}/pdf`, { method: 'POST', body: options }),
  });
}

export function useImportSheet() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ versionId, sheet, file }: { versionId: string; sheet: PlanSheet; file: File }) => {
      const formData = new FormData();
      formData.append('file', file, file.name);
      return apiFetch<{ job: Job }>(`${versionPath(versionId)}/${sheet}/import`, {
        method: 'POST',
        formData,
      });
    },
    onSuccess: invalidate,
  });
}

/** The PDF job's result once it has stored the file; null before (or when it failed). */
export function pdfResultOf(job: Job | undefined): PdfJobResult | null {
  return pdfJobResultSchema.safeParse(job?.result).data ?? null;
}
