import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  HOUSEHOLD_STATUS_LABELS,
  MEMBER_RELATION_LABELS,
  SHORTFALL_DIMENSION_LABELS,
  type ShortfallDimension,
} from '../../../domain/households/household.js';
import type { HouseholdFilter, PersonalExportInput } from '../../../domain/households/household-input.js';
import { formatNationalId } from '../../../domain/households/national-id.js';
import { formatThaiDate } from '../../../domain/thai/be-date.js';
import { bangkokMidnight } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { ConfigDeps, DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { invalid } from '../../platform/http/errors.js';
import { householdFilterSql, memberSummaries } from './list.js';
import { sealerOf } from './sealing.js';
import { openSecrets } from './secrets.js';
import { householdMembers, households } from './tables.js';

const CASE_COLUMNS: readonly SheetColumn[] = [
  { key: 'area_code', header: 'รหัสพื้นที่', readOnly: true },
  { key: 'village_no', header: 'หมู่ที่', kind: 'integer', readOnly: true },
  { key: 'shortfalls', header: 'ด้านที่ขาด', readOnly: true, width: 40 },
  { key: 'status', header: 'สถานะ', readOnly: true, width: 20 },
  { key: 'identified_on', header: 'วันที่พบ (พ.ศ.)', readOnly: true, width: 14 },
  { key: 'members', header: 'จำนวนสมาชิก', kind: 'count', readOnly: true },
];

/** The personal sheet: the case columns plus one row per member with the clear id and name. */
const PERSONAL_COLUMNS: readonly SheetColumn[] = [
  ...CASE_COLUMNS.filter((column) => column.key !== 'members'),
  { key: 'house_no', header: 'บ้านเลขที่', readOnly: true },
  { key: 'national_id', header: 'เลขประจำตัวประชาชน', readOnly: true, width: 20 },
  { key: 'first_name', header: 'ชื่อ', readOnly: true, width: 20 },
  { key: 'last_name', header: 'นามสกุล', readOnly: true, width: 20 },
  { key: 'relation', header: 'ความสัมพันธ์', readOnly: true },
  { key: 'birth_year', header: 'ปีเกิด (พ.ศ.)', kind: 'integer', readOnly: true },
];

function beDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatThaiDate(bangkokMidnight(year ?? 0, month ?? 1, day ?? 1), { style: 'numeric' });
}
const dimensionsText = (list: readonly ShortfallDimension[]) =>
  list.map((dimension) => SHORTFALL_DIMENSION_LABELS[dimension].th).join(', ');

function caseCells(row: typeof households.$inferSelect) {
  return {
    area_code: row.areaCode,
    village_no: row.villageNo,
    shortfalls: dimensionsText(row.shortfalls),
    status: HOUSEHOLD_STATUS_LABELS[row.status].th,
    identified_on: beDate(row.identifiedOn),
  };
}

/** GET /households/export: the filtered cases without any personal field (no name, id or address). */
export async function exportHouseholds(deps: DatabaseDeps, actor: Actor, filter: HouseholdFilter) {
  const where = householdFilterSql(actor, filter);
  const rows = await inActorTransaction(deps.database, actor, async (tx) => {
    const cases = await tx
      .select()
      .from(households)
      .where(where)
      .orderBy(asc(households.areaCode), asc(households.id));
    const members = await memberSummaries(
      tx,
      cases.map((row) => row.id),
    );
    return cases.map((row) => ({ ...caseCells(row), members: members.get(row.id)?.count ?? 0 }));
  });
  return writeWorkbook([{ name: 'ครัวเรือนเป้าหมาย', columns: CASE_COLUMNS, rows }]);
}

/** POST /households/export-personal: members in clear, for the right holder of one area, with a reason. */
export async function exportPersonal(deps: ConfigDeps, actor: Actor, input: PersonalExportInput) {
  const { reason, ...filter } = input;
  const area = filter.areaCode ?? filter.provinceCode;
  if (!area) {
    throw invalid([
      {
        path: 'provinceCode',
        message: { th: 'ระบุจังหวัดหรือพื้นที่ที่จะส่งออก', en: 'Name the province or area to export' },
      },
    ]);
  }
  authorize(actor, 'household.exportPersonal', area);
  const sealer = sealerOf(deps.config);
  const rows = await inActorTransaction(deps.database, actor, async (tx) => {
    const cases = await tx
      .select()
      .from(households)
      .where(householdFilterSql(actor, filter))
      .orderBy(asc(households.areaCode), asc(households.id));
    const ids = cases.map((row) => row.id);
    const members =
      ids.length === 0
        ? []
        : await tx
            .select()
            .from(householdMembers)
            .where(inArray(householdMembers.householdId, ids))
            .orderBy(asc(householdMembers.householdId), asc(householdMembers.position));
    const secrets = await openSecrets(tx, sealer, [...ids, ...members.map((member) => member.id)]);
    const byId = new Map(cases.map((row) => [row.id, row]));
    await recordAudit(tx, actor, {
      entityType: 'household_export',
      entityId: area,
      action: 'export_personal',
      after: { ...filter, households: cases.length, members: members.length },
      reason,
      provinceCode: area.slice(0, 2),
    });
    return members.flatMap((member) => {
      const household = byId.get(member.householdId);
      const secret = secrets.get(member.id);
      if (!household || !secret) {
        return [];
      }
      return [
        {
          ...caseCells(household),
          house_no: secrets.get(household.id)?.houseNo ?? null,
          national_id: secret.nationalId ? formatNationalId(secret.nationalId) : null,
          first_name: secret.firstName,
          last_name: secret.lastName,
          relation: MEMBER_RELATION_LABELS[member.relation].th,
          birth_year: member.birthYear,
        },
      ];
    });
  });
  return writeWorkbook([{ name: 'ข้อมูลส่วนบุคคล', columns: PERSONAL_COLUMNS, rows }]);
}
