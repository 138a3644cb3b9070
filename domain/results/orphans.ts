import { z } from 'zod';
import { bilingualMessage, type Bilingual } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearSchema } from '../plans/plan-input.js';

/**
 * The orphans report of a province and fiscal year: the loose ends of the golden thread, each a
 * count that links to its list.
 */
export const ORPHAN_KINDS = [
  'unanswered_needs',
  'projects_without_kpi',
  'kpis_without_projects',
  'missed_targets',
  'assets_without_receiver',
  'completed_without_results',
] as const;
export type OrphanKind = (typeof ORPHAN_KINDS)[number];

export const ORPHAN_KIND_LABELS: Record<OrphanKind, Bilingual> = {
  unanswered_needs: { th: 'ความต้องการที่ยังไม่ได้รับการตอบสนอง', en: 'Needs with no answer yet' },
  projects_without_kpi: { th: 'โครงการที่ไม่ระบุตัวชี้วัดของแผน', en: 'Projects without a plan KPI' },
  kpis_without_projects: { th: 'ตัวชี้วัดที่ไม่มีโครงการรองรับ', en: 'KPIs with no project behind them' },
  missed_targets: { th: 'ตัวชี้วัดที่ไม่บรรลุค่าเป้าหมายแล้ว', en: 'KPI targets already missed' },
  assets_without_receiver: { th: 'ทรัพย์สินที่ยังไม่มีผู้รับโอน', en: 'Assets without a receiver' },
  completed_without_results: {
    th: 'โครงการแล้วเสร็จที่ยังไม่รายงานผล',
    en: 'Completed projects without a results report',
  },
};

/** A need still received or screened this many days after it came in has had no answer. */
export const UNANSWERED_NEED_DAYS = 90;

export const orphansQuery = z
  .object({
    provinceCode: z.string().regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code')),
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
  })
  .strict();
export type OrphansQuery = z.infer<typeof orphansQuery>;

export const orphanListQuery = orphansQuery
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: cursorQuery(z.object({ code: z.string() }).strict()).optional(),
  })
  .strict();
export type OrphanListQuery = z.infer<typeof orphanListQuery>;

export const orphanItemSchema = z.object({
  id: z.string(),
  /** The sort key: a reference number, project or asset code, or a KPI's id. */
  code: z.string(),
  title: z.string(),
  entity: z.enum(['need', 'project', 'kpi', 'asset']),
});
export type OrphanItem = z.infer<typeof orphanItemSchema>;

export const orphanCountsSchema = z.object({
  provinceCode: z.string(),
  fiscalYear: z.number().int(),
  unansweredAfterDays: z.number().int(),
  counts: z.object(
    Object.fromEntries(ORPHAN_KINDS.map((kind) => [kind, z.number().int()])) as Record<
      OrphanKind,
      z.ZodNumber
    >,
  ),
});
export type OrphanCounts = z.infer<typeof orphanCountsSchema>;

export const orphanListSchema = z.object({
  kind: z.enum(ORPHAN_KINDS),
  total: z.number().int(),
  items: z.array(orphanItemSchema),
  nextCursor: z.string().nullable(),
});
export type OrphanList = z.infer<typeof orphanListSchema>;

/** A keyset page (by code) of an orphan list already in code order. */
export function pageByCode<T extends { code: string }>(
  items: readonly T[],
  after: string | undefined,
  limit: number,
): { page: T[]; last: T | undefined; more: boolean } {
  const rest = after === undefined ? items : items.filter((item) => item.code > after);
  const page = rest.slice(0, limit);
  return { page, last: page.at(-1), more: rest.length > limit };
}
