import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import { OUTPUT_KINDS } from '../../../domain/projects/project.js';
import { PHOTO_PHASES } from '../../../domain/results/evidence.js';
import { PROGRESS_STATUSES } from '../../../domain/results/progress.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { projectScopeColumns, projects } from '../projects/tables.js';

// Result rows carry their project's province and cluster, so the project wall (RLS) covers them.
const projectKey = () => ({
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  ...projectScopeColumns(),
});

/** A project's physical progress in one quarter of a fiscal year (cumulative percent). */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    physicalPercent: integer('physical_percent').notNull(),
    status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
    beneficiariesReached: integer('beneficiaries_reached'),
    problems: text('problems'),
    fixes: text('fixes'),
    declineReason: text('decline_reason'),
    reportedBy: uuid('reported_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('progress_reports_period_idx').on(table.projectId, table.fiscalYear, table.quarter),
    index('progress_reports_province_idx').on(table.provinceCode, table.fiscalYear, table.quarter),
  ],
);

/**
 * The actual value of one of the project's outputs or outcomes at the end of a quarter, with the
 * target it was measured against and the achievement the domain computed from both.
 */
export const outputActuals = pgTable(
  'output_actuals',
  {
    ...projectKey(),
    /** The output's position (1-based) in the project's list of outputs and outcomes. */
    outputNo: integer('output_no').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    kind: text('kind', { enum: OUTPUT_KINDS }).notNull(),
    description: text('description').notNull(),
    unit: text('unit').notNull(),
    targetValue: numeric('target_value').notNull(),
    actualValue: numeric('actual_value').notNull(),
    achievementBp: integer('achievement_bp').notNull(),
    achieved: boolean('achieved').notNull(),
    dataSource: text('data_source'),
    note: text('note'),
    reportedBy: uuid('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.fiscalYear, table.quarter, table.outputNo] }),
    index('output_actuals_province_idx').on(table.provinceCode, table.fiscalYear, table.quarter),
  ],
);

/** Photos and documents proving a progress report; the file itself is a stored file. */
export const resultEvidence = pgTable(
  'result_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    /** A small WebP preview of a photo, made on upload; null for documents and undecodable photos. */
    thumbnailFileId: uuid('thumbnail_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    /** Why the preview job could not make a preview of a photo kept before uploads were decoded whole. */
    previewRefusal: jsonb('preview_refusal').$type<Bilingual>(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    caption: text('caption'),
    phase: text('phase', { enum: PHOTO_PHASES }),
    pairOf: uuid('pair_of').references((): AnyPgColumn => resultEvidence.id, { onDelete: 'set null' }),
    takenOn: date('taken_on', { mode: 'string' }),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('result_evidence_report_idx').on(table.reportId),
    // The preview job's worklist: photos still without a preview and not yet refused.
    index('result_evidence_preview_due_idx')
      .on(table.id)
      .where(
        sql`${table.thumbnailFileId} is null and ${table.previewRefusal} is null and ${table.mimeType} like 'image/%'`,
      ),
  ],
);

/**
 * Per province × cluster (0 for a province's own projects) × fiscal year × quarter: progress
 * reports and output results with their achievement, kept by statement triggers for dashboards.
 */
export const resultRollups = pgTable(
  'result_rollups',
  {
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    progressReports: integer('progress_reports').notNull().default(0),
    physicalPercentSum: integer('physical_percent_sum').notNull().default(0),
    delayedReports: integer('delayed_reports').notNull().default(0),
    completedReports: integer('completed_reports').notNull().default(0),
    indicators: integer('indicators').notNull().default(0),
    indicatorsAchieved: integer('indicators_achieved').notNull().default(0),
    achievementBpSum: bigint('achievement_bp_sum', { mode: 'number' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.clusterKey, table.fiscalYear, table.quarter] }),
  ],
);
