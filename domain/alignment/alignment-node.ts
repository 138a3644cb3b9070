import { z } from 'zod';
import { pagingQuery } from '../common/paging.js';
import { ALIGNMENT_LEVELS, ALIGNMENT_SCHEMES } from './alignment.js';

/** GET /alignment/nodes: roots, the children of a parent, or nodes of a level or matching a search. */
export const alignmentNodeListQuery = z.object({
  scheme: z.enum(ALIGNMENT_SCHEMES).optional(),
  schemeVersion: z.string().trim().max(30).optional(),
  parentId: z.uuid().optional(),
  level: z.enum(ALIGNMENT_LEVELS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  ...pagingQuery,
});
export type AlignmentNodeListQuery = z.input<typeof alignmentNodeListQuery>;
export type AlignmentNodeListFilter = z.output<typeof alignmentNodeListQuery>;

/** A node of a national alignment tree as the API returns it; lists add how many children it has. */
export const alignmentNodeSchema = z.object({
  id: z.string(),
  scheme: z.enum(ALIGNMENT_SCHEMES),
  schemeVersion: z.string(),
  code: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(ALIGNMENT_LEVELS),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  isVerified: z.boolean(),
  source: z.string().nullable(),
  sortOrder: z.number().int(),
  isActive: z.boolean(),
  childCount: z.number().int().optional(),
  version: z.number().int(),
});
export type AlignmentNode = z.infer<typeof alignmentNodeSchema>;

/** One node with its ancestor chain, root first. */
export const alignmentNodeDetailSchema = alignmentNodeSchema.extend({
  ancestors: z.array(alignmentNodeSchema),
});
export type AlignmentNodeDetail = z.infer<typeof alignmentNodeDetailSchema>;
