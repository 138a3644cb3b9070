import type { FieldProblem } from '../common/control-characters.js';
import { isValidFiscalYear } from '../thai/fiscal-year.js';
import { bahtToSatang } from '../thai/money.js';
import type { FundSource } from './rollup.js';

/**
 * Columns of a monthly spending extract (GFMIS-style), by English key or the Thai heading a GFMIS
 * report uses. A row names its project by GFMIS budget code or by project code.
 */
export const EXTRACT_COLUMNS: Record<string, readonly string[]> = {
  fiscal_year: ['fiscal_year', 'ปีงบประมาณ'],
  fiscal_month: ['fiscal_month', 'เดือน', 'งวด'],
  gfmis_code: ['gfmis_code', 'รหัสงบประมาณ', 'รหัส gfmis'],
  project_code: ['project_code', 'รหัสโครงการ'],
  committed: ['committed', 'ก่อหนี้ผูกพัน', 'po'],
  disbursed: ['disbursed', 'เบิกจ่าย'],
  funds: ['funds', 'แหล่งเงิน'],
};

/** The extract's key for a heading, or null for a column the import ignores. */
export function extractKeyOf(heading: string): string | null {
  const name = heading.trim().toLowerCase();
  return Object.entries(EXTRACT_COLUMNS).find(([, names]) => names.includes(name))?.[0] ?? null;
}

export type ExtractRow = {
  fiscalYear: number;
  fiscalMonth: number;
  gfmisCode: string | null;
  projectCode: string | null;
  committedSatang: bigint;
  disbursedSatang: bigint;
  funds: FundSource;
};

const FUNDS: Record<string, FundSource> = {
  '': 'budget',
  budget: 'budget',
  ปีปัจจุบัน: 'budget',
  carry_over: 'carry_over',
  เหลื่อมปี: 'carry_over',
  กันเหลื่อมปี: 'carry_over',
};

function money(value: string, field: string, problems: FieldProblem[]): bigint {
  try {
    const satang = bahtToSatang(value === '' ? '0' : value);
    if (satang >= 0n && satang < 10n ** 15n) {
      return satang;
    }
  } catch {
    // Reported below as the row's problem.
  }
  problems.push({
    field,
    th: `${field} ต้องเป็นจำนวนเงินบาทไม่ติดลบ`,
    en: `${field} must be a non-negative baht amount`,
  });
  return 0n;
}

/** One extract row checked on its own; lookups against projects come after. */
export function parseExtractRow(values: Readonly<Record<string, string>>): {
  row: ExtractRow | null;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const fiscalYear = Number(values.fiscal_year ?? '');
  if (!isValidFiscalYear(fiscalYear)) {
    problems.push({ field: 'fiscal_year', th: 'ปีงบประมาณ (พ.ศ.) ไม่ถูกต้อง', en: 'Invalid fiscal year (BE)' });
  }
  const fiscalMonth = Number(values.fiscal_month ?? '');
  if (!Number.isInteger(fiscalMonth) || fiscalMonth < 1 || fiscalMonth > 12) {
    problems.push({
      field: 'fiscal_month',
      th: 'เดือนงบประมาณต้องเป็น 1 (ต.ค.) ถึง 12 (ก.ย.)',
      en: 'Fiscal month must be 1 (Oct) to 12 (Sep)',
    });
  }
  const gfmisCode = values.gfmis_code?.trim() || null;
  const projectCode = values.project_code?.trim() || null;
  if (!gfmisCode && !projectCode) {
    problems.push({
      field: 'project_code',
      th: 'ต้องมีรหัสงบประมาณ GFMIS หรือรหัสโครงการ',
      en: 'A GFMIS budget code or a project code is required',
    });
  }
  const committedSatang = money(values.committed?.trim() ?? '', 'committed', problems);
  const disbursedSatang = money(values.disbursed?.trim() ?? '', 'disbursed', problems);
  const funds = FUNDS[(values.funds ?? '').trim().toLowerCase()];
  if (!funds) {
    problems.push({
      field: 'funds',
      th: 'แหล่งเงินต้องเป็น budget หรือ carry_over (เหลื่อมปี)',
      en: 'Funds must be budget or carry_over',
    });
  }
  const row =
    problems.length === 0 && funds
      ? { fiscalYear, fiscalMonth, gfmisCode, projectCode, committedSatang, disbursedSatang, funds }
      : null;
  return { row, problems };
}
