import { asc } from 'drizzle-orm';
import {
  ASSET_CONDITION_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_TYPE_LABELS,
} from '../../../domain/assets/asset.js';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { formatThaiDate } from '../../../domain/thai/be-date.js';
import { bangkokMidnight } from '../../../domain/thai/bangkok-time.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { assetWhere } from './filters.js';
import { assets } from './tables.js';

const COLUMNS: readonly SheetColumn[] = [
  { key: 'code', header: 'รหัสทรัพย์สิน', readOnly: true, width: 22 },
  { key: 'fiscal_year', header: 'ปีงบประมาณ', kind: 'integer', readOnly: true },
  { key: 'province_code', header: 'จังหวัด', readOnly: true },
  { key: 'type', header: 'ประเภท', readOnly: true, width: 14 },
  { key: 'description', header: 'รายการ', readOnly: true, width: 50 },
  { key: 'quantity', header: 'จำนวน', kind: 'integer', readOnly: true },
  { key: 'unit', header: 'หน่วยนับ', readOnly: true },
  { key: 'value_baht', header: 'มูลค่า (บาท)', kind: 'baht', readOnly: true, width: 18 },
  { key: 'handover_date', header: 'วันที่ส่งมอบ (พ.ศ.)', readOnly: true, width: 14 },
  { key: 'location', header: 'รหัสพื้นที่ตั้ง', readOnly: true },
  { key: 'custodian', header: 'ผู้ดูแล/ผู้รับโอน', readOnly: true, width: 30 },
  { key: 'condition', header: 'สภาพ', readOnly: true },
  { key: 'status', header: 'สถานะ', readOnly: true, width: 18 },
  { key: 'gfmis', header: 'เลขทรัพย์สิน GFMIS', readOnly: true, width: 18 },
];

/** A stored CE date (2026-01-15) as the register prints it: 15/01/2569. */
function beDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatThaiDate(bangkokMidnight(year ?? 0, month ?? 1, day ?? 1), { style: 'numeric' });
}

/** The filtered register as an .xlsx (labels in Thai, money in baht, Buddhist-Era dates). */
export async function exportAssets(deps: DatabaseDeps, actor: Actor, filter: AssetFilter): Promise<Buffer> {
  authorize(actor, 'asset.read', filter.provinceCode);
  const rows = await inActorTransaction(deps.database, actor, async (tx) =>
    (
      await tx
        .select()
        .from(assets)
        .where(await assetWhere(tx, actor, filter))
        .orderBy(asc(assets.code))
    ).map((row) => ({
      code: row.code,
      fiscal_year: row.fiscalYear,
      province_code: row.provinceCode,
      type: ASSET_TYPE_LABELS[row.type].th,
      description: row.description,
      quantity: row.quantity,
      unit: row.unit,
      value_baht: row.valueSatang,
      handover_date: beDate(row.handoverDate),
      location: row.locationAreaCode,
      custodian: row.custodianName,
      condition: ASSET_CONDITION_LABELS[row.condition].th,
      status: ASSET_STATUS_LABELS[row.status].th,
      gfmis: row.gfmisAssetNo,
    })),
  );
  return writeWorkbook([{ name: 'ทะเบียนทรัพย์สิน', columns: COLUMNS, rows }]);
}
