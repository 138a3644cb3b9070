import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { booleanQuery, pagingQuery } from '../common/paging.js';
import { versionField } from '../plans/plan-input.js';
import { isoDate, shortText } from '../spending/fields.js';
import { isCitableTarget } from './citations.js';
import { CITATION_TARGET_KINDS, REGULATION_KINDS, REGULATION_STATUSES } from './vocabulary.js';

const optionalText = (max: number) => z.string().trim().max(max).nullish();
const link = z.url(bilingualMessage('ลิงก์ต้องเป็น URL ที่ถูกต้อง', 'The link must be a valid URL')).max(1000);

/** A library entry: a law, decree, regulation, cabinet resolution, ministry letter or guideline. */
export const regulationInputSchema = z
  .object({
    titleTh: shortText(500),
    titleEn: optionalText(500),
    /** The document's number as printed, e.g. "มท 0212.2/ว 1234" or "เล่ม 139 ตอนที่ 40 ก". */
    number: optionalText(200),
    /** The date it was issued (ISO, CE); shown in Buddhist Era. */
    issuedOn: isoDate,
    issuingBody: shortText(300),
    kind: z.enum(REGULATION_KINDS),
    url: link.nullish(),
    summary: shortText(4000),
    /** False until someone has checked the entry against the official text. */
    verified: z.boolean(),
  })
  .strict();
export type RegulationInput = z.infer<typeof regulationInputSchema>;

export const regulationUpdateSchema = regulationInputSchema.extend(versionField).strict();

/** A version of the text: which one was in force from a date (the previous one closes that day). */
export const regulationVersionInputSchema = z
  .object({
    label: shortText(200),
    effectiveFrom: isoDate,
    url: link.nullish(),
    note: optionalText(1000),
  })
  .strict();
export type RegulationVersionInput = z.infer<typeof regulationVersionInputSchema>;

/** One provision (มาตรา / ข้อ / clause) of an entry, the unit steps and rules cite. */
export const provisionInputSchema = z
  .object({
    reference: shortText(100),
    heading: optionalText(300),
    text: shortText(8000),
  })
  .strict();
export type ProvisionInput = z.infer<typeof provisionInputSchema>;

/** Supersedes a provision from a date, optionally by a new provision of the same entry. */
export const supersedeProvisionSchema = z
  .object({
    supersededOn: isoDate,
    reason: shortText(1000),
    replacement: provisionInputSchema.nullish(),
  })
  .strict();
export type SupersedeProvisionInput = z.infer<typeof supersedeProvisionSchema>;

const unknownTarget = bilingualMessage(
  'ไม่มีขั้นตอนหรือรหัสเกณฑ์นี้ในระบบ',
  'No workflow step or rule key of that name',
);

/** A step or eligibility rule citing a provision. */
export const citationInputSchema = z
  .object({
    provisionId: z.uuid(),
    targetKind: z.enum(CITATION_TARGET_KINDS),
    targetKey: z.string().trim().min(2).max(60),
    note: optionalText(1000),
  })
  .strict()
  .refine((input) => isCitableTarget(input.targetKind, input.targetKey), {
    ...unknownTarget,
    path: ['targetKey'],
  });
export type CitationInput = z.infer<typeof citationInputSchema>;

/** Re-points a citation flagged for review to a provision in force (or keeps it), clearing the flag. */
export const citationReviewSchema = z.object({ provisionId: z.uuid().nullish() }).strict();

/** The sort key of a library list row: newest issue date first, then id. */
export const regulationListKey = z.object({ on: z.iso.date(), id: z.uuid() });

export const regulationListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(REGULATION_KINDS).optional(),
  status: z.enum(REGULATION_STATUSES).optional(),
  limit: pagingQuery.limit,
  cursor: cursorQuery(regulationListKey).optional(),
});
export type RegulationListQuery = z.output<typeof regulationListQuery>;

export const regulationExportQuery = regulationListQuery.omit({ limit: true, cursor: true });

export const inForceQuery = z.object({ on: isoDate.optional() });

/** The side panel of a step or rule, or every citation waiting for review. */
export const citationQuery = z
  .object({
    targetKind: z.enum(CITATION_TARGET_KINDS).optional(),
    targetKey: z.string().trim().min(2).max(60).optional(),
    needsReview: booleanQuery().optional(),
  })
  .refine((query) => (query.targetKind === undefined) === (query.targetKey === undefined), {
    ...bilingualMessage('ระบุ targetKind และ targetKey คู่กัน', 'Give targetKind and targetKey together'),
  });
export type CitationQuery = z.output<typeof citationQuery>;
