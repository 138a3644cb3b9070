import { desc, lte } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NotificationInput } from '../../../domain/notifications/notification.js';
import { provinceDigest, warningNotice } from '../../../domain/spending/notices.js';
import { fiscalYearOf } from '../../../domain/thai/fiscal-year.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { spendingPlans } from './tables.js';
import { allWarnings } from './warnings.js';

/** The digest reads warnings as a reader of every province (the walls still apply to what it reads). */
const EVERY_PROVINCE_READER: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  roles: ['auditor'],
  viewScope: { all: true, areaCodes: [] },
  captureScope: { all: false, areaCodes: [] },
};

/**
 * Spending's notices for the bell: each new or worsened warning of the latest fiscal year with
 * plans (up to the current one), and a digest per province of projects behind the cabinet target
 * or without a contract after the cut-off.
 */
export async function spendingDigestSource(deps: DatabaseDeps, today: string): Promise<NotificationInput[]> {
  const current = fiscalYearOf(new Date(`${today}T12:00:00+07:00`));
  const [latest] = await inSystemTransaction(deps.database, (tx) =>
    tx
      .select({ fiscalYear: spendingPlans.fiscalYear })
      .from(spendingPlans)
      .where(lte(spendingPlans.fiscalYear, current))
      .orderBy(desc(spendingPlans.fiscalYear))
      .limit(1),
  );
  if (!latest) {
    return [];
  }
  const warnings = await allWarnings(deps, EVERY_PROVINCE_READER, { fiscalYear: latest.fiscalYear });
  const provinces = [...new Set(warnings.map((warning) => warning.provinceCode))].sort();
  return [
    ...warnings.map((warning) => warningNotice(warning, latest.fiscalYear)),
    ...provinces.flatMap((provinceCode) => provinceDigest(provinceCode, today, warnings) ?? []),
  ];
}
