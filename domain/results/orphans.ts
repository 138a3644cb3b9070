import { z } from 'zod';
import { bilingualMessage, type Bilingual } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { positiveInt4Query } from '../common/integers.js';

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

const provinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'));
const fiscalYear = z.coerce.number().pipe(fiscalYearSchema);

/** A province's counts, a cluster's (its member provinces added) or, with neither, the nation's. */
export const orphansQuery = z
  .object({
    fiscalYear,
    provinceCode: provinceCode.optional(),
    clusterId: positiveInt4Query().optional(),
  })
  .strict()
  .refine((query) => !(query.provinceCode && query.clusterId), {
    ...bilingualMessage('ระบุจังหวัดหรือกลุ่มจังหวัดอย่างใดอย่างหนึ่ง', 'Give a province or a cluster, not both'),
    path: ['clusterId'],
  });
export type OrphansQuery = z.infer<typeof orphansQuery>;

/** The lists are a province's: a cluster's or the nation's counts link to each province's list. */
export const orphanListQuery = z
  .object({
    fiscalYear,
    provinceCode,
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

const countsSchema = z.object(
  Object.fromEntries(ORPHAN_KINDS.map((kind) => [kind, z.number().int()])) as Record<OrphanKind, z.ZodNumber>,
);
export type OrphanKindCounts = z.infer<typeof countsSchema>;

export const orphanCountsSchema = z.object({
  level: z.enum(['province', 'cluster', 'nation']),
  provinceCode: z.string().nullable(),
  clusterId: z.number().int().nullable(),
  fiscalYear: z.number().int(),
  unansweredAfterDays: z.number().int(),
  counts: countsSchema,
  /** Each province's counts in the reader's scope, each a link to that province's lists. */
  provinces: z.array(z.object({ provinceCode: z.string(), counts: countsSchema })),
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

/** The Bangkok day before which a need still unanswered counts (UNANSWERED_NEED_DAYS before today). */
export function unansweredCutoff(todayIso: string): string {
  const day = new Date(`${todayIso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - UNANSWERED_NEED_DAYS);
  return day.toISOString().slice(0, 10);
}

/** Adds per-kind counts (a cluster's members, the nation's provinces). */
export function addOrphanCounts(all: readonly OrphanKindCounts[]): OrphanKindCounts {
  return Object.fromEntries(
    ORPHAN_KINDS.map((kind) => [kind, all.reduce((sum, counts) => sum + counts[kind], 0)]),
  ) as OrphanKindCounts;
}
