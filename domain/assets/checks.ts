import { z } from 'zod';
import type { Bilingual } from '../common/bilingual.js';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { booleanQuery } from '../common/paging.js';
import { versionField } from '../plans/plan-input.js';
import { isoDate, shortText } from '../spending/fields.js';
import { ASSET_CONDITIONS, type AssetStatus } from './asset.js';
import { assetSchema } from './asset-response.js';

/**
 * The yearly check of assets (ตรวจสอบพัสดุประจำปี) and the backlog auditors ask about: assets whose
 * check is overdue, and assets still not handed over N months after the project delivered them.
 */
export const CHECK_INTERVAL_MONTHS = 12;
export const DEFAULT_TRANSFER_BACKLOG_MONTHS = 6;

/** Statuses in which the province still holds the asset, so it checks it and may still hand it over. */
export const HELD_ASSET_STATUSES = [
  'registered',
  'transfer_proposed',
  'receiver_accepted',
  'transfer_approved',
] as const satisfies readonly AssetStatus[];

/** Whether the province still holds the asset, so its yearly check is recorded here. */
export const isHeldAsset = (status: AssetStatus): boolean =>
  (HELD_ASSET_STATUSES as readonly AssetStatus[]).includes(status);

/** An ISO date `months` calendar months before `isoDay` (the 31st falls back to the month's last day). */
export function monthsBefore(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The day the next check is due: a year after the last check, or after handover before the first. */
export function nextCheckDue(lastCheckedOn: string | null, handoverDate: string): string {
  return monthsBefore(lastCheckedOn ?? handoverDate, -CHECK_INTERVAL_MONTHS);
}

export const assetCheckInputSchema = z
  .object({
    checkedOn: isoDate,
    condition: z.enum(ASSET_CONDITIONS),
    inUse: z.boolean(),
    note: shortText(2000).nullable().default(null),
  })
  .strict();
export type AssetCheckInput = z.infer<typeof assetCheckInputSchema>;

/** PATCH /asset-checks/{id}: a correction of a recorded check (If-Match); the photo stays. */
export const assetCheckUpdateSchema = z
  .object({
    checkedOn: isoDate.optional(),
    condition: z.enum(ASSET_CONDITIONS).optional(),
    inUse: z.boolean().optional(),
    note: shortText(2000).nullable().optional(),
    ...versionField,
  })
  .strict();
export type AssetCheckUpdate = z.infer<typeof assetCheckUpdateSchema>;

/** The check that stands for the asset's condition: the latest checked, the latest recorded on a tie. */
export function latestCheck<T extends { checkedOn: string; recordedAt: Date }>(
  checks: readonly T[],
): T | null {
  return checks.reduce<T | null>(
    (latest, check) =>
      !latest ||
      check.checkedOn > latest.checkedOn ||
      (check.checkedOn === latest.checkedOn && check.recordedAt > latest.recordedAt)
        ? check
        : latest,
    null,
  );
}

/** POST /assets/{id}/checks/photo: the same check in the query string, its photo the multipart body. */
export const assetCheckPhotoQuery = assetCheckInputSchema.extend({ inUse: booleanQuery() });

export const assetCheckPhotoParams = z.object({ id: z.uuid(), checkId: z.uuid() });

/** Why a check cannot be recorded, or null. */
export function assetCheckProblem(
  asset: { status: AssetStatus; handoverDate: string },
  checkedOn: string,
  today: string,
): Bilingual | null {
  if (!isHeldAsset(asset.status)) {
    return {
      th: 'ทรัพย์สินที่โอนหรือจำหน่ายแล้ว ผู้รับโอนเป็นผู้ตรวจสอบ',
      en: 'A transferred or written-off asset is no longer checked here',
    };
  }
  if (checkedOn > today) {
    return { th: 'วันที่ตรวจสอบต้องไม่เกินวันนี้', en: 'The check date cannot be in the future' };
  }
  if (checkedOn < asset.handoverDate) {
    return { th: 'วันที่ตรวจสอบต้องไม่ก่อนวันส่งมอบ', en: 'The check date cannot be before the handover' };
  }
  return null;
}

export const BACKLOG_KINDS = ['check_overdue', 'not_transferred'] as const;
export const assetBacklogQuery = z
  .object({
    kind: z.enum(BACKLOG_KINDS),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'))
      .optional(),
    /** not_transferred: delivered at least this many months ago. */
    months: z.coerce.number().int().min(1).max(120).default(DEFAULT_TRANSFER_BACKLOG_MONTHS),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: cursorQuery(z.object({ since: z.string(), code: z.string() }).strict()).optional(),
  })
  .strict();
export type AssetBacklogQuery = z.infer<typeof assetBacklogQuery>;

/** GET /assets/backlog: a keyset page ordered by how long each asset has waited. */
export const assetBacklogSchema = z.object({
  kind: z.enum(BACKLOG_KINDS),
  /** Assets waiting since before this day are listed. */
  before: z.string(),
  items: z.array(assetSchema.extend({ waitingSince: z.string() })),
  nextCursor: z.string().nullable(),
});
export type AssetBacklog = z.infer<typeof assetBacklogSchema>;
