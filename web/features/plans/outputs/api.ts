import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../app/api/client.js';
import type { Job } from '../../../app/api/types.js';
import { versionPath } from '../api.js';
import { useInvalidatePlans } from '../mutations.js';

export type PlanSheet = 'kpis' | 'items';

export interface PdfOptions {
  thaiDigits: boolean;
  thaiDigitsInTables: boolean;
  landscapeProjectList: boolean;
}

/** What the PDF job leaves in its result once it has stored the file. */
export interface PdfJobResult {
  fileId?: string;
  fileName?: string;
  sizeBytes?: number;
  downloadUrl?: string;
}

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

/** Reads the PDF job's result, which the shared Job type leaves untyped. */
export function pdfResultOf(job: Job | undefined): PdfJobResult {
  return (job?.result ?? {}) as PdfJobResult;
}
