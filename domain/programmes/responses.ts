import { z } from 'zod';
import { INDICATOR_AGGREGATIONS } from './achievement.js';
import { REPORTING_FREQUENCIES } from './periods.js';

const isoDate = z.iso.date();

export const indicatorSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
});

export const componentSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  titleTh: z.string(),
  titleEn: z.string(),
  indicators: z.array(indicatorSchema),
});

export const periodSchema = z.object({ index: z.number().int(), start: isoDate, end: isoDate, due: isoDate });

export const programmeSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  titleTh: z.string(),
  titleEn: z.string(),
  occasion: z.string().nullable(),
  startDate: isoDate,
  endDate: isoDate,
  isDemo: z.boolean(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmeSchema = programmeSummarySchema.extend({
  objective: z.string(),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  reportDueDays: z.number().int(),
  components: z.array(componentSchema),
  periods: z.array(periodSchema),
  version: z.number().int(),
});
export type Programme = z.infer<typeof programmeSchema>;

export const targetSchema = z.object({ indicatorId: z.uuid(), provinceCode: z.string(), value: z.number() });

export const activitySchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  componentId: z.uuid(),
  provinceCode: z.string(),
  areaCode: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  project: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
export type Activity = z.infer<typeof activitySchema>;

export const reportSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  provinceCode: z.string(),
  periodIndex: z.number().int(),
  values: z.array(z.object({ indicatorId: z.uuid(), value: z.number() })),
  note: z.string().nullable(),
  photos: z.array(z.object({ id: z.uuid(), fileName: z.string() })),
  reportedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Report = z.infer<typeof reportSchema>;

export const indicatorProgressSchema = z.object({
  indicatorId: z.uuid(),
  componentId: z.uuid(),
  actual: z.number(),
  target: z.number().nullable(),
  percent: z.number().nullable(),
});

/** A province's side of a programme: targets, what it reported, achievement, what is late. */
export const provinceProgressSchema = z.object({
  programmeId: z.uuid(),
  provinceCode: z.string(),
  indicators: z.array(indicatorProgressSchema),
  score: z.number().nullable(),
  activities: z.array(activitySchema),
  reports: z.array(reportSchema),
  overduePeriods: z.array(z.number().int()),
});
export type ProvinceProgress = z.infer<typeof provinceProgressSchema>;

export const rankingRowSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  reportedPeriods: z.number().int(),
  overduePeriods: z.array(z.number().int()),
});

/** All provinces with a target in the reader's view: ranking (for the map too) and late reporters. */
export const rankingSchema = z.object({
  programmeId: z.uuid(),
  asOf: isoDate,
  provinces: z.array(rankingRowSchema),
  lateReporters: z.array(rankingRowSchema),
});
export type Ranking = z.infer<typeof rankingSchema>;
