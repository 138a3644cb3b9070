import { z } from 'zod';
import { geometrySchema } from './locations.js';
import {
  BUDGET_TYPES,
  OUTPUT_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_SCOPES,
  PROJECT_STATUSES,
  READINESS_ITEMS,
  READINESS_STATUSES,
} from './project.js';
import { PROJECT_TRANSITIONS } from './state-machine.js';

const satang = z.string();

/** A project row as lists, the Excel export and other features read it (no child rows). */
export const projectSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  budgetUnit: z.string(),
  title: z.string(),
  fiscalYear: z.number().int(),
  scope: z.enum(PROJECT_SCOPES),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  budgetType: z.enum(BUDGET_TYPES),
  category: z.enum(PROJECT_CATEGORIES),
  implementingAgencyId: z.string().nullable(),
  implementingAgencyName: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  totalSatang: satang,
  planItemId: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

export const projectReadinessSchema = z.object({
  item: z.enum(READINESS_ITEMS),
  status: z.enum(READINESS_STATUSES),
  note: z.string().nullable(),
  files: z.array(projectFileSchema),
});
export type ProjectReadiness = z.infer<typeof projectReadinessSchema>;

/** The whole record: what the form edits, rules evaluate and documents print. */
export const projectSchema = projectSummarySchema.extend({
  objective: z.string().nullable(),
  description: z.string().nullable(),
  receiverAgencyId: z.string().nullable(),
  receiverName: z.string().nullable(),
  receiverCommitmentFileId: z.string().nullable(),
  locations: z.array(
    z.object({
      areaCode: z.string(),
      areaNameTh: z.string().nullable(),
      geometry: geometrySchema.nullable(),
    }),
  ),
  provinceShares: z.array(z.object({ provinceCode: z.string(), shareBp: z.number().int() })),
  links: z.object({
    planItemId: z.string().nullable(),
    planIssueId: z.string().nullable(),
    planApproachId: z.string().nullable(),
    kpiIds: z.array(z.string()),
    needIds: z.array(z.string()),
    alignment: z.array(z.object({ nodeId: z.string(), isPrimary: z.boolean() })),
  }),
  budgetLines: z.array(
    z.object({
      description: z.string(),
      budgetType: z.enum(BUDGET_TYPES),
      category: z.enum(PROJECT_CATEGORIES),
      quantity: z.string().nullable(),
      unit: z.string().nullable(),
      amountSatang: satang,
    }),
  ),
  schedule: z.array(z.object({ fiscalYear: z.number().int(), amountSatang: satang })),
  scheduleTotalSatang: satang,
  outputs: z.array(
    z.object({
      kind: z.enum(OUTPUT_KINDS),
      description: z.string(),
      targetValue: z.string(),
      unit: z.string(),
    }),
  ),
  beneficiaryHouseholds: z.number().int().nullable(),
  beneficiaryPeople: z.number().int().nullable(),
  beneficiaryNote: z.string().nullable(),
  readiness: z.array(projectReadinessSchema),
  emenscrCode: z.string().nullable(),
  budgetBureauCode: z.string().nullable(),
  gfmisCode: z.string().nullable(),
  egpNumber: z.string().nullable(),
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  budgetLocked: z.boolean(),
  availableTransitions: z.array(z.enum(PROJECT_TRANSITIONS)),
  createdAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** GET /projects: a keyset page with exact totals of the whole filtered list from the roll-ups. */
export const projectListSchema = z.object({
  items: z.array(projectSummarySchema),
  total: z.number().int(),
  totalSatang: satang,
  nextCursor: z.string().nullable(),
});
export type ProjectList = z.infer<typeof projectListSchema>;

/** A pair of projects whose titles look alike in overlapping areas (possible duplicate spending). */
export const similarProjectSchema = z.object({
  project: projectSummarySchema,
  similarity: z.number(),
  sharedAreaCodes: z.array(z.string()),
});
export const similarProjectsSchema = z.object({ items: z.array(similarProjectSchema) });
export type SimilarProject = z.infer<typeof similarProjectSchema>;

export const similarPairSchema = z.object({
  a: projectSummarySchema,
  b: projectSummarySchema,
  similarity: z.number(),
});
export const similarReportSchema = z.object({
  items: z.array(similarPairSchema),
  /** More projects remain to compare (the page may hold no pair yet); null at the end. */
  nextCursor: z.string().nullable(),
});
export type SimilarPair = z.infer<typeof similarPairSchema>;
export type SimilarReport = z.infer<typeof similarReportSchema>;
