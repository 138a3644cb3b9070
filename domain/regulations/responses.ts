import { z } from 'zod';
import { bilingualSchema } from '../common/problem.js';
import { CITATION_TARGET_KINDS, REGULATION_KINDS, REGULATION_STATUSES } from './vocabulary.js';

const isoDate = z.iso.date();

export const provisionRefSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  heading: z.string().nullable(),
});

export const regulationSummarySchema = z.object({
  id: z.uuid(),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  number: z.string().nullable(),
  issuedOn: isoDate,
  issuingBody: z.string(),
  kind: z.enum(REGULATION_KINDS),
  status: z.enum(REGULATION_STATUSES),
  url: z.url().nullable(),
  summary: z.string(),
  verified: z.boolean(),
  /** Provisions whose text matched the search, best first (empty without a search). */
  matchedProvisions: z.array(provisionRefSchema),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type RegulationSummary = z.infer<typeof regulationSummarySchema>;

export const regulationPageSchema = z.object({
  items: z.array(regulationSummarySchema),
  nextCursor: z.string().nullable(),
});
export type RegulationPage = z.infer<typeof regulationPageSchema>;

export const citationTargetSchema = z.object({
  citationId: z.uuid(),
  targetKind: z.enum(CITATION_TARGET_KINDS),
  targetKey: z.string(),
  label: bilingualSchema,
  note: z.string().nullable(),
  needsReview: z.boolean(),
});
export type CitationTarget = z.infer<typeof citationTargetSchema>;

export const provisionSchema = provisionRefSchema.extend({
  regulationId: z.uuid(),
  text: z.string(),
  status: z.enum(REGULATION_STATUSES),
  supersededOn: isoDate.nullable(),
  supersededById: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  citedBy: z.array(citationTargetSchema),
});
export type Provision = z.infer<typeof provisionSchema>;

export const regulationVersionSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  url: z.url().nullable(),
  note: z.string().nullable(),
  file: z.object({ id: z.uuid(), fileName: z.string() }).nullable(),
});
export type RegulationVersion = z.infer<typeof regulationVersionSchema>;

export const regulationSchema = regulationSummarySchema.extend({
  versions: z.array(regulationVersionSchema),
  /** The version in force today (Bangkok), or on the date asked for. */
  inForceVersionId: z.uuid().nullable(),
  provisions: z.array(provisionSchema),
});
export type Regulation = z.infer<typeof regulationSchema>;

/** One provision as a step's side panel shows it, with the entry it belongs to. */
export const citedProvisionSchema = z.object({
  citation: citationTargetSchema,
  provision: provisionRefSchema.extend({ text: z.string(), status: z.enum(REGULATION_STATUSES) }),
  regulation: regulationSummarySchema.pick({
    id: true,
    titleTh: true,
    titleEn: true,
    number: true,
    issuedOn: true,
    kind: true,
    status: true,
    url: true,
    verified: true,
  }),
});
export type CitedProvision = z.infer<typeof citedProvisionSchema>;

export const citedProvisionListSchema = z.object({ items: z.array(citedProvisionSchema) });

/** What superseding a provision did, and the steps and rules that now need review. */
export const supersedeResultSchema = z.object({
  provision: provisionSchema,
  replacement: provisionSchema.nullable(),
  needsReview: z.array(citationTargetSchema),
});
export type SupersedeResult = z.infer<typeof supersedeResultSchema>;
