import { z } from 'zod';
import { jobSchema } from '../jobs/job.js';
import { HOUSEHOLD_STATUSES, MEMBER_RELATIONS, SHORTFALL_DIMENSIONS } from './household.js';

/** Response schemas of household cases. Personal fields appear only masked, except in the schemas named "clear". */
const dimension = z.enum(SHORTFALL_DIMENSIONS);

export const maskedMemberSchema = z.object({
  id: z.uuid(),
  nationalIdMasked: z.string(),
  nameMasked: z.string(),
  relation: z.enum(MEMBER_RELATIONS),
  birthYear: z.number().int().nullable(),
  /** True once the retention job erased the encrypted id and name. */
  erased: z.boolean(),
});
export type MaskedMember = z.infer<typeof maskedMemberSchema>;

export const householdSchema = z.object({
  id: z.uuid(),
  provinceCode: z.string(),
  areaCode: z.string(),
  villageNo: z.number().int().nullable(),
  shortfalls: z.array(dimension),
  status: z.enum(HOUSEHOLD_STATUSES),
  identifiedOn: z.string(),
  statusChangedOn: z.string(),
  memberCount: z.number().int(),
  headMasked: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Household = z.infer<typeof householdSchema>;

export const householdListSchema = z.object({
  items: z.array(householdSchema),
  nextCursor: z.string().nullable(),
});
export type HouseholdList = z.infer<typeof householdListSchema>;

export const helpSchema = z.object({
  id: z.uuid(),
  dimension,
  agencyId: z.uuid().nullable(),
  agencyName: z.string(),
  givenOn: z.string(),
  description: z.string(),
});
export const visitSchema = z.object({ id: z.uuid(), visitedOn: z.string(), note: z.string() });
export const statusEventSchema = z.object({
  fromStatus: z.enum(HOUSEHOLD_STATUSES).nullable(),
  toStatus: z.enum(HOUSEHOLD_STATUSES),
  on: z.string(),
  reason: z.string().nullable(),
});

export const householdDetailSchema = householdSchema.extend({
  houseNoMasked: z.string().nullable(),
  members: z.array(maskedMemberSchema),
  help: z.array(helpSchema),
  visits: z.array(visitSchema),
  history: z.array(statusEventSchema),
  nextStatuses: z.array(z.enum(HOUSEHOLD_STATUSES)),
});
export type HouseholdDetail = z.infer<typeof householdDetailSchema>;

/** POST /household-members/{id}/unmask: one member in clear, after a recorded reason. */
export const clearMemberSchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  nationalId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});
export type ClearMember = z.infer<typeof clearMemberSchema>;

/** The subject-access report: everything the system holds on one person and what was done with it. */
export const subjectAccessReportSchema = z.object({
  generatedAt: z.string(),
  nationalId: z.string(),
  records: z.array(
    z.object({
      member: clearMemberSchema.extend({
        relation: z.enum(MEMBER_RELATIONS),
        birthYear: z.number().nullable(),
      }),
      household: householdDetailSchema.omit({ members: true, nextStatuses: true }).extend({
        houseNo: z.string().nullable(),
      }),
      disclosures: z.array(
        z.object({
          at: z.string(),
          action: z.string(),
          actorName: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type SubjectAccessReport = z.infer<typeof subjectAccessReportSchema>;

export const retentionSettingsSchema = z.object({
  retentionYears: z.number().int(),
  lastPurgeAt: z.string().nullable(),
  lastPurgeErased: z.number().int().nullable(),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

const suppressed = { count: z.number().int().nullable(), fewerThan: z.number().int().nullable() };

/** Anonymised counts per subdistrict × dimension of households still short (identified or helped). */
export const householdCountsSchema = z.object({
  provinceCode: z.string(),
  rows: z.array(z.object({ subdistrictCode: z.string(), dimension, ...suppressed })),
  byStatus: z.array(z.object({ status: z.enum(HOUSEHOLD_STATUSES), households: z.number().int() })),
  candidates: z.array(
    z.object({
      subdistrictCode: z.string(),
      dimension,
      households: z.number().int(),
      proposedNeedId: z.uuid().nullable(),
    }),
  ),
  threshold: z.number().int(),
});
export type HouseholdCounts = z.infer<typeof householdCountsSchema>;

export const proposalSchema = z.object({
  needId: z.uuid(),
  subdistrictCode: z.string(),
  dimension,
  households: z.number().int(),
  asOf: z.string(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** PUT /household-settings: the new setting and the purge job that applies it at once. */
export const retentionUpdateSchema = z.object({ settings: retentionSettingsSchema, job: jobSchema });

/** POST /household-counts/indicators: the survey year filed and how many figures were stored. */
export const indicatorFeedSchema = z.object({ year: z.number().int(), figures: z.number().int() });
