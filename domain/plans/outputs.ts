import { z } from 'zod';

/** The contract of a plan's outputs: PDF options and the results its jobs leave, the two sheets. */
export const PLAN_SHEETS = ['kpis', 'items'] as const;
export type PlanSheet = (typeof PLAN_SHEETS)[number];

/** Options a client may pass when asking for the plan PDF; parsing `{}` gives the defaults. */
export const planPdfOptionsSchema = z
  .object({
    /** Thai digits in headings, numbering (also inside tables), years, dates, meetings and page numbers. */
    thaiDigits: z.boolean().default(true),
    /** Thai digits in quantities (amounts, KPI values, key figures) wherever they stand; budget documents usually keep Arabic. */
    thaiDigitsInTables: z.boolean().default(false),
    /** The wide project-set list on landscape pages. */
    landscapeProjectList: z.boolean().default(true),
  })
  .strict();
export type PdfOptions = z.output<typeof planPdfOptionsSchema>;

/** What the PDF job leaves in its result once it has stored the file. */
export const pdfJobResultSchema = z.object({
  fileId: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  downloadUrl: z.string(),
});
export type PdfJobResult = z.infer<typeof pdfJobResultSchema>;

/** What a sheet import job leaves in its result: how many rows, changed, unchanged and failed. */
export const sheetImportSummarySchema = z.object({
  totalRows: z.number().int(),
  failedRows: z.number().int(),
  changedRows: z.number().int(),
  unchangedRows: z.number().int(),
});
export type SheetImportSummary = z.infer<typeof sheetImportSummarySchema>;
