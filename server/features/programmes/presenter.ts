import { reportingPeriods } from '../../../domain/programmes/periods.js';
import type { Activity, Programme, ProgrammeSummary, Report } from '../../../domain/programmes/responses.js';
import type {
  programmeActivities,
  programmeComponents,
  programmeIndicators,
  programmeReportPhotos,
  programmeReports,
  programmeReportValues,
  programmes,
} from './tables.js';

type ProgrammeRow = typeof programmes.$inferSelect;

export function presentProgrammeSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    code: row.code,
    titleTh: row.titleTh,
    titleEn: row.titleEn,
    occasion: row.occasion,
    startDate: row.startDate,
    endDate: row.endDate,
    isDemo: row.isDemo,
  };
}

export function presentProgramme(
  row: ProgrammeRow,
  components: (typeof programmeComponents.$inferSelect)[],
  indicators: (typeof programmeIndicators.$inferSelect)[],
): Programme {
  return {
    ...presentProgrammeSummary(row),
    objective: row.objective,
    reportingFrequency: row.reportingFrequency,
    reportDueDays: row.reportDueDays,
    components: components.map((component) => ({
      id: component.id,
      key: component.key,
      titleTh: component.titleTh,
      titleEn: component.titleEn,
      indicators: indicators
        .filter((indicator) => indicator.componentId === component.id)
        .map(({ id, key, nameTh, nameEn, unit, aggregation }) => ({
          id,
          key,
          nameTh,
          nameEn,
          unit,
          aggregation,
        })),
    })),
    periods: reportingPeriods(row.startDate, row.endDate, row.reportingFrequency, row.reportDueDays),
    version: row.version,
  };
}

export function presentActivity(
  row: typeof programmeActivities.$inferSelect,
  project: Activity['project'],
): Activity {
  return {
    id: row.id,
    programmeId: row.programmeId,
    componentId: row.componentId,
    provinceCode: row.provinceCode,
    areaCode: row.areaCode,
    title: row.title,
    description: row.description,
    project,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReport(
  row: typeof programmeReports.$inferSelect,
  values: (typeof programmeReportValues.$inferSelect)[],
  photos: (typeof programmeReportPhotos.$inferSelect)[],
): Report {
  return {
    id: row.id,
    programmeId: row.programmeId,
    provinceCode: row.provinceCode,
    periodIndex: row.periodIndex,
    values: values
      .filter((value) => value.reportId === row.id)
      .map(({ indicatorId, value }) => ({ indicatorId, value })),
    note: row.note,
    photos: photos.filter((photo) => photo.reportId === row.id).map(({ id, fileName }) => ({ id, fileName })),
    reportedAt: row.reportedAt.toISOString(),
    version: row.version,
  };
}
