import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  REPORT_WARNING_ROWS,
  reportCarryOver,
  reportClassRows,
  type MonthlyReport,
} from '../../../domain/spending/monthly-report.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { areas } from '../areas/tables.js';
import { reportedThroughByProvince } from './assessment.js';
import { monthlyReportHtml } from './monthly-report-html.js';
import { spendingSummary } from './summary.js';
import { allWarnings } from './warnings.js';

/**
 * The monthly report of a province's own projects: figures per class to the province's last
 * reported month, carry-over paid apart, and its late and at-risk projects (the first few printed).
 */
export async function loadMonthlyReport(
  deps: DatabaseDeps,
  actor: Actor,
  query: { fiscalYear: number; provinceCode: string },
  now = new Date(),
): Promise<MonthlyReport> {
  authorize(actor, 'spending.read', query.provinceCode);
  const { province, throughMonth } = await inActorReadTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx
      .select({ nameTh: areas.nameTh })
      .from(areas)
      .where(eq(areas.code, query.provinceCode));
    const through = await reportedThroughByProvince(tx, query.fiscalYear, [query.provinceCode]);
    return { province: found, throughMonth: through.get(query.provinceCode) ?? 0 };
  });
  if (!province) {
    throw notFound({ th: 'ไม่พบจังหวัด', en: 'Province not found' });
  }
  const summary = await spendingSummary(deps, actor, {
    fiscalYear: query.fiscalYear,
    level: 'province',
    code: query.provinceCode,
  });
  const warnings = (await allWarnings(deps, actor, { fiscalYear: query.fiscalYear })).filter(
    (warning) => warning.provinceCode === query.provinceCode && warning.clusterId === null,
  );
  return {
    fiscalYear: query.fiscalYear,
    provinceName: province.nameTh,
    throughMonth,
    classes: reportClassRows(summary, throughMonth),
    carryOverDisbursedSatang: reportCarryOver(summary, throughMonth),
    warnings: warnings.slice(0, REPORT_WARNING_ROWS),
    moreWarnings: Math.max(0, warnings.length - REPORT_WARNING_ROWS),
    generatedAt: now,
  };
}

/** Narrower than the official margins so that the report keeps to one page. */
export const REPORT_MARGINS = { top: '1.5cm', right: '1.5cm', bottom: '1.5cm', left: '2cm' };

/** The report as a one-page A4 PDF: Thai digits in headings, Arabic figures in the tables. */
export async function monthlyReportPdf(
  deps: DatabaseDeps,
  actor: Actor,
  query: { fiscalYear: number; provinceCode: string },
): Promise<Buffer> {
  const report = await loadMonthlyReport(deps, actor, query);
  return renderPdf(monthlyReportHtml(report, { thaiDigits: true, thaiDigitsInTables: false }), {
    margins: REPORT_MARGINS,
  });
}
