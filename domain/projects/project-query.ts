import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { positiveInt4 } from '../common/integers.js';
import { positiveInt4Query } from '../common/integers.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { pagingQuery } from '../common/paging.js';
import { fiscalYearQuery } from '../needs/need-query.js';
import { bilingualMessage } from '../common/bilingual.js';
import { BUDGET_TYPES, PROJECT_SCOPES, PROJECT_STATUSES } from './project.js';
import { PROJECT_TRANSITIONS } from './state-machine.js';

/** The filters the list, the export and the similar report share. */
export const projectFilterQuery = z.object({
  fiscalYear: fiscalYearQuery.optional(),
  scope: z.enum(PROJECT_SCOPES).optional(),
  areaCode: areaCodeSchema.optional(),
  clusterId: positiveInt4Query().optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  budgetType: z.enum(BUDGET_TYPES).optional(),
  agencyId: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type ProjectFilter = z.output<typeof projectFilterQuery>;

/** The sort key of a list row: fiscal year (newest first), then code. */
export const projectListKey = z.object({ fy: z.number().int(), code: z.string().min(1).max(60) });
export type ProjectListKey = z.infer<typeof projectListKey>;

export const projectListQuery = projectFilterQuery.extend({
  limit: pagingQuery.limit,
  cursor: cursorQuery(projectListKey).optional(),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

/** POST /projects/:id/transitions. */
export const projectTransitionSchema = z
  .object({
    action: z.enum(PROJECT_TRANSITIONS),
    reason: z.string().trim().max(1000).optional(),
    version: positiveInt4().optional(),
  })
  .strict();
export type ProjectTransitionInput = z.infer<typeof projectTransitionSchema>;

/** GET /projects/similar: the hint while a project is being typed. */
export const similarProjectsQuery = z.object({
  title: z
    .string()
    .trim()
    .min(2, bilingualMessage('พิมพ์ชื่อโครงการอย่างน้อย 2 ตัวอักษร', 'Type at least 2 characters of the title'))
    .max(300),
  fiscalYear: fiscalYearQuery,
  areaCodes: z
    .string()
    .trim()
    .regex(/^\d{2,8}(,\d{2,8}){0,49}$/, bilingualMessage('รหัสพื้นที่คั่นด้วย ,', 'Area codes separated by commas'))
    .optional(),
  excludeId: z.uuid().optional(),
});
export type SimilarProjectsQuery = z.output<typeof similarProjectsQuery>;

/** Where the similar-project report stopped: the last project (province, fiscal year, code) it read. */
export const similarReportKey = z.object({
  p: z.string().min(2).max(2),
  fy: z.number().int(),
  code: z.string().min(1).max(60),
});
export type SimilarReportKey = z.infer<typeof similarReportKey>;

/**
 * GET /projects/reports/similar: likely duplicates in the last three fiscal years up to this one, a
 * keyset page (about `limit` pairs) at a time.
 */
export const similarReportQuery = z.object({
  fiscalYear: fiscalYearQuery,
  areaCode: areaCodeSchema.optional(),
  minSimilarity: z.coerce.number<number | string>().min(0.2).max(1).default(0.45),
  limit: pagingQuery.limit,
  cursor: cursorQuery(similarReportKey).optional(),
});
export type SimilarReportQuery = z.output<typeof similarReportQuery>;
