import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { pagingQuery } from '../common/paging.js';
import { fiscalYearQuery } from '../needs/need-query.js';
import { OPEN_DATASET_NAMES, openProjectSchema } from './datasets.js';

/** A two-digit DOPA province code. */
export const provinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'A province code is two digits'));

/** Filters every open list and download takes. */
export const openFilterQuery = z.object({
  provinceCode: provinceCodeSchema.optional(),
  fiscalYear: fiscalYearQuery.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type OpenFilter = z.output<typeof openFilterQuery>;

/** The open project list's sort key: fiscal year (newest first), then code. */
export const openProjectKey = z.object({ fy: z.number().int(), code: z.string().min(1).max(60) });
export type OpenProjectKey = z.infer<typeof openProjectKey>;

export const openProjectListQuery = openFilterQuery.extend({
  limit: pagingQuery.limit,
  cursor: cursorQuery(openProjectKey).optional(),
});
export type OpenProjectListQuery = z.output<typeof openProjectListQuery>;

export const openProjectPageSchema = z.object({
  items: z.array(openProjectSchema),
  nextCursor: z.string().nullable(),
});
export type OpenProjectPage = z.infer<typeof openProjectPageSchema>;

export const datasetParams = z.object({
  dataset: z.enum(OPEN_DATASET_NAMES),
  format: z.enum(['csv', 'json']),
});
export const codeParams = z.object({ code: z.string().min(1).max(60) });
export const provinceParams = z.object({ provinceCode: provinceCodeSchema });

/** The OC4IDS package as documented in the API; the vendored JSON schema is the full check. */
export const oc4idsPackageSchema = z.object({
  uri: z.string(),
  version: z.string(),
  publishedDate: z.string(),
  publisher: z.object({ name: z.string() }),
  license: z.string(),
  projects: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() }).loose()),
});
