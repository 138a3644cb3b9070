import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearSchema } from '../needs/need.js';
import { versionField } from '../plans/plan-input.js';
import { isoDate, shortText } from '../spending/fields.js';
import { HOUSEHOLD_STATUSES, MEMBER_RELATIONS, SHORTFALL_DIMENSIONS } from './household.js';
import { isValidNationalId, normaliseNationalId } from './national-id.js';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from './retention.js';

/** Request and query schemas of household cases; personal fields arrive in clear and are encrypted. */
const idMessage = bilingualMessage(
  'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักที่หลักสุดท้ายถูกต้อง',
  'A national id is 13 digits with a correct check digit',
);
const thirteenDigits = z.string(idMessage).transform((text, context) => {
  const digits = normaliseNationalId(text);
  if (digits === null) {
    context.addIssue({ code: 'custom', ...idMessage });
    return z.NEVER;
  }
  return digits;
});
/** A real id as recorded on a new member: 13 digits whose check digit holds. */
export const nationalIdSchema = thirteenDigits.refine(isValidNationalId, idMessage);

const personName = shortText(100);
const dimensions = z
  .array(z.enum(SHORTFALL_DIMENSIONS))
  .min(1, bilingualMessage('เลือกอย่างน้อยหนึ่งด้านที่ขาด', 'Choose at least one dimension short'))
  .max(SHORTFALL_DIMENSIONS.length)
  .refine(
    (list) => new Set(list).size === list.length,
    bilingualMessage('เลือกแต่ละด้านได้ครั้งเดียว', 'Each dimension once'),
  );
const reason = z
  .string(bilingualMessage('กรุณาระบุเหตุผล', 'A reason is required'))
  .trim()
  .min(10, bilingualMessage('ระบุเหตุผลอย่างน้อย 10 ตัวอักษร', 'Give a reason of at least 10 characters'))
  .max(500, bilingualMessage('เหตุผลยาวเกิน 500 ตัวอักษร', 'Reason is longer than 500 characters'));

export const memberInputSchema = z
  .object({
    nationalId: nationalIdSchema,
    firstName: personName,
    lastName: personName,
    relation: z.enum(MEMBER_RELATIONS),
    birthYear: z.number().int().min(2400).max(2700).nullable().default(null),
  })
  .strict();

/** POST /households: a case in a subdistrict or village of the capture scope, with its members. */
export const householdInputSchema = z
  .object({
    areaCode: areaCodeSchema.refine(
      (code) => code.length >= 6,
      bilingualMessage('ระบุตำบลหรือหมู่บ้าน', 'Choose a subdistrict or village'),
    ),
    villageNo: z.number().int().min(1).max(99).nullable().default(null),
    houseNo: shortText(30).nullable().default(null),
    shortfalls: dimensions,
    identifiedOn: isoDate,
    members: z.array(memberInputSchema).min(1).max(30),
  })
  .strict();
export type HouseholdInput = z.infer<typeof householdInputSchema>;

/** POST /households/{id}/help: help given in one dimension by an agency on a date. */
export const helpInputSchema = z
  .object({
    dimension: z.enum(SHORTFALL_DIMENSIONS),
    agencyId: z.uuid().nullable().default(null),
    agencyName: shortText(300),
    givenOn: isoDate,
    description: shortText(1000),
  })
  .strict();
export type HelpInput = z.infer<typeof helpInputSchema>;

/** POST /households/{id}/visits: a follow-up visit. */
export const visitInputSchema = z.object({ visitedOn: isoDate, note: shortText(1000) }).strict();
export type VisitInput = z.infer<typeof visitInputSchema>;

/** POST /households/{id}/status: the next status (If-Match); going back into need takes a reason. */
export const statusInputSchema = z
  .object({
    status: z.enum(HOUSEHOLD_STATUSES),
    on: isoDate,
    reason: z.string().trim().max(500).optional(),
    ...versionField,
  })
  .strict();
export type StatusInput = z.infer<typeof statusInputSchema>;

/** POST /household-members/{id}/unmask and the personal export: why the clear values are needed. */
export const reasonInputSchema = z.object({ reason }).strict();
export type ReasonInput = z.infer<typeof reasonInputSchema>;

/** POST /households/subject-access: one person's report (PDPA s.30), found by id number only. */
export const subjectAccessInputSchema = z.object({ nationalId: thirteenDigits, reason }).strict();
export type SubjectAccessInput = z.infer<typeof subjectAccessInputSchema>;

/** PUT /households/settings: how long personal data of a case out of need is kept. */
export const retentionInputSchema = z
  .object({ retentionYears: z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS) })
  .strict();
export type RetentionInput = z.infer<typeof retentionInputSchema>;

/** POST /household-counts/proposals: a subdistrict short in a dimension proposes a need. */
export const proposalInputSchema = z
  .object({
    subdistrictCode: areaCodeSchema.refine(
      (code) => code.length === 6,
      bilingualMessage('ระบุรหัสตำบล 6 หลัก', 'A subdistrict code has 6 digits'),
    ),
    dimension: z.enum(SHORTFALL_DIMENSIONS),
    needDimensionId: z.number().int().positive().max(2_147_483_647),
    fiscalYear: fiscalYearSchema.optional(),
  })
  .strict();
export type ProposalInput = z.infer<typeof proposalInputSchema>;

/** The case list's filters (shared by the list, its export and the personal export). */
export const householdFilterQuery = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  areaCode: areaCodeSchema.optional(),
  status: z.enum(HOUSEHOLD_STATUSES).optional(),
  shortfall: z.enum(SHORTFALL_DIMENSIONS).optional(),
});
export type HouseholdFilter = z.infer<typeof householdFilterQuery>;

export const householdListQuery = householdFilterQuery.extend({
  limit: z.coerce.number<number | string>().int().min(1).max(200).default(50),
  cursor: cursorQuery(z.object({ areaCode: z.string(), id: z.string() })).optional(),
});
export type HouseholdListQuery = z.infer<typeof householdListQuery>;

/** POST /households/export-personal: the filters plus the reason for taking personal data out. */
export const personalExportInputSchema = householdFilterQuery.extend({ reason }).strict();
export type PersonalExportInput = z.infer<typeof personalExportInputSchema>;

/** The anonymised counts: a province's subdistricts, or one district's. */
export const countsQuery = z.object({
  provinceCode: z.string().regex(/^\d{2}$/),
  districtCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
export type CountsQuery = z.infer<typeof countsQuery>;
