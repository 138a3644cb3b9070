import type { Bilingual } from '../common/bilingual.js';

/** The asset register's vocabularies (ทะเบียนทรัพย์สินจากโครงการของจังหวัดและกลุ่มจังหวัด). */
export const ASSET_TYPES = ['equipment', 'construction', 'land'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];
export const ASSET_TYPE_LABELS: Record<AssetType, Bilingual> = {
  equipment: { th: 'ครุภัณฑ์', en: 'Equipment' },
  construction: { th: 'สิ่งก่อสร้าง', en: 'Construction' },
  land: { th: 'ที่ดิน', en: 'Land' },
};

export const ASSET_CONDITIONS = ['good', 'fair', 'poor', 'unusable'] as const;
export type AssetCondition = (typeof ASSET_CONDITIONS)[number];
export const ASSET_CONDITION_LABELS: Record<AssetCondition, Bilingual> = {
  good: { th: 'ดี', en: 'Good' },
  fair: { th: 'พอใช้', en: 'Fair' },
  poor: { th: 'ชำรุด', en: 'Damaged' },
  unusable: { th: 'ใช้การไม่ได้', en: 'Unusable' },
};

/** The transfer line of the ministry's manual, then write-off (จำหน่าย). */
export const ASSET_STATUSES = [
  'registered',
  'transfer_proposed',
  'receiver_accepted',
  'transfer_approved',
  'transferred',
  'written_off',
] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const ASSET_STATUS_LABELS: Record<AssetStatus, Bilingual> = {
  registered: { th: 'ขึ้นทะเบียนแล้ว', en: 'Registered' },
  transfer_proposed: { th: 'เสนอโอน', en: 'Transfer proposed' },
  receiver_accepted: { th: 'ผู้รับโอนตอบรับแล้ว', en: 'Receiver accepted' },
  transfer_approved: { th: 'อนุมัติโอนแล้ว', en: 'Transfer approved' },
  transferred: { th: 'โอนแล้ว', en: 'Transferred' },
  written_off: { th: 'จำหน่ายแล้ว', en: 'Written off' },
};

/** Budget-line categories whose spending leaves an asset behind, and the asset type each gives. */
export const ASSET_TYPE_OF_CATEGORY: Readonly<Record<string, AssetType>> = {
  equipment: 'equipment',
  vehicle: 'equipment',
  construction: 'construction',
  land: 'land',
};

/** Project statuses whose work is delivered and inspected, so assets may be handed over. */
export const HANDOVER_PROJECT_STATUSES = ['completed', 'closed'] as const;

/** An asset's code: its project's code and a running number within the project (P30-2569-0007-A01). */
export function assetCodeOf(projectCode: string, assetNo: number): string {
  return `${projectCode}-A${String(assetNo).padStart(2, '0')}`;
}
