import { z } from 'zod';
import type { Bilingual } from '../common/bilingual.js';

/** What a notice is about: a new warning on one record, a province's daily digest, or a reminder (a meeting ahead, a follow-up due). */
export const NOTIFICATION_KINDS = ['warning', 'daily_digest', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a feature hands the notifications service: addressed to the readers of a province, once per
 * subject key (the same warning or the same day's digest is never announced twice).
 */
export type NotificationInput = {
  subjectKey: string;
  kind: NotificationKind;
  provinceCode: string;
  title: Bilingual;
  body: Bilingual;
  /** A path inside the application, e.g. '/spending'. */
  link: string | null;
};

const bilingual = z.object({ th: z.string(), en: z.string() });
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  provinceCode: z.string(),
  title: bilingual,
  body: bilingual,
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(50).default(20) })
  .strict();
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export const unreadCountSchema = z.object({ unread: z.number().int() });
