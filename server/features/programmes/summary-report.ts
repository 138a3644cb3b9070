import type { Actor } from '../../../domain/auth/policy.js';
import { indicatorTotals, type SummaryReport } from '../../../domain/programmes/summary-report.js';
import { toBangkokIsoDate } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook } from '../../platform/excel/write.js';
import { notFound } from '../../platform/http/errors.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { loadProgramme } from './programme-service.js';
import { lateReporters, rankProvinces } from './progress.js';
import { reportsOf } from './reports.js';
import { summaryReportHtml } from './summary-report-html.js';
import { summarySheets } from './summary-report-sheets.js';

const PROVINCE = { th: 'จังหวัดที่มีเป้าหมายในโครงการนี้', en: 'A province with targets in this programme' };

/**
 * The summary of a programme for one province, or for every province the reader sees (national for
 * the centre): totals per indicator, the ranking, late reporters, and the province's period reports.
 */
export async function summaryReport(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  provinceCode: string | undefined,
  today = toBangkokIsoDate(new Date()),
): Promise<SummaryReport> {
  authorize(actor, 'programme.read', provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, programmeId);
    const ranked = await rankProvinces(tx, actor, programme, today);
    const own = provinceCode === undefined ? null : ranked.find((row) => row.provinceCode === provinceCode);
    if (own === undefined) {
      throw notFound(PROVINCE);
    }
    const provinces = own ? [own] : ranked;
    return {
      programme,
      asOf: today,
      province: own ? { code: own.provinceCode, name: own.provinceName } : null,
      totals: indicatorTotals(programme, provinces),
      provinces,
      lateReporters: lateReporters(provinces),
      reports: own ? await reportsOf(tx, { programmeId, provinceCode: own.provinceCode }) : [],
    };
  });
}

const fileBase = (report: SummaryReport) =>
  `programme-${report.programme.code}-${report.province?.code ?? 'national'}`;

/** The summary in the official layout (A4, Sarabun, page numbers in Thai digits). */
export async function summaryReportPdf(...args: Parameters<typeof summaryReport>) {
  const report = await summaryReport(...args);
  const pdf = await renderPdf(summaryReportHtml(report), { pageNumbers: 'thai' });
  return { content: pdf, fileName: `${fileBase(report)}.pdf` };
}

/** The summary as a workbook: indicators, then provinces (national) or period reports (a province). */
export async function summaryReportWorkbook(...args: Parameters<typeof summaryReport>) {
  const report = await summaryReport(...args);
  return { content: await writeWorkbook(summarySheets(report)), fileName: `${fileBase(report)}.xlsx` };
}
