import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  boolean,
} from 'drizzle-orm/pg-core';
import type { ProjectGeometry } from '../../../domain/projects/locations.js';
import {
  BUDGET_TYPES,
  OUTPUT_KINDS,
  PROJECT_CATEGORIES,
  READINESS_ITEMS,
  READINESS_STATUSES,
} from '../../../domain/projects/project.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { alignmentNodes } from '../alignment/tables.js';
import { areas } from '../areas/tables.js';
import { needs } from '../needs/tables.js';
import { planKpis } from '../plans/child-tables.js';
import { projects, projectScopeColumns } from './tables.js';

/** The children of a project, each replaced as a whole list through the project (its version). */
const projectChild = () => ({
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  ...projectScopeColumns(),
});

/** Areas a project works in, down to the village, with an optional point or line. */
export const projectLocations = pgTable(
  'project_locations',
  {
    ...projectChild(),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    geometry: jsonb('geometry').$type<ProjectGeometry>(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.areaCode] }),
    index('project_locations_area_idx').on(table.provinceCode, table.areaCode),
  ],
);

/** The split of a project's money across provinces (basis points summing to 10000). */
export const projectProvinceShares = pgTable(
  'project_province_shares',
  {
    ...projectChild(),
    shareProvinceCode: text('share_province_code').notNull(),
    shareBp: integer('share_bp').notNull(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.shareProvinceCode] })],
);

export const projectKpis = pgTable(
  'project_kpis',
  {
    ...projectChild(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => planKpis.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.kpiId] })],
);

export const projectNeeds = pgTable(
  'project_needs',
  {
    ...projectChild(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.needId] }),
    index('project_needs_need_idx').on(table.needId),
  ],
);

export const projectAlignmentLinks = pgTable(
  'project_alignment_links',
  {
    ...projectChild(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => alignmentNodes.id),
    isPrimary: boolean('is_primary').notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.nodeId] })],
);

export const projectBudgetLines = pgTable(
  'project_budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectChild(),
    lineNo: integer('line_no').notNull(),
    description: text('description').notNull(),
    budgetType: text('budget_type', { enum: BUDGET_TYPES }).notNull(),
    category: text('category', { enum: PROJECT_CATEGORIES }).notNull(),
    quantity: numeric('quantity'),
    unit: text('unit'),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
  },
  (table) => [index('project_budget_lines_project_idx').on(table.projectId, table.lineNo)],
);

/** How much of the total each fiscal year spends (multi-year projects). */
export const projectSchedule = pgTable(
  'project_schedule',
  {
    ...projectChild(),
    fiscalYear: integer('fiscal_year').notNull(),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.fiscalYear] })],
);

export const projectOutputs = pgTable(
  'project_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectChild(),
    orderNo: integer('order_no').notNull(),
    kind: text('kind', { enum: OUTPUT_KINDS }).notNull(),
    description: text('description').notNull(),
    targetValue: numeric('target_value').notNull(),
    unit: text('unit').notNull(),
  },
  (table) => [index('project_outputs_project_idx').on(table.projectId, table.orderNo)],
);

export const projectReadiness = pgTable(
  'project_readiness',
  {
    ...projectChild(),
    item: text('item', { enum: READINESS_ITEMS }).notNull(),
    status: text('status', { enum: READINESS_STATUSES }).notNull().default('pending'),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.item] })],
);

/** Evidence files of a readiness item; the bytes live in the platform's stored_files. */
export const projectReadinessFiles = pgTable(
  'project_readiness_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectChild(),
    item: text('item', { enum: READINESS_ITEMS }).notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('project_readiness_files_project_idx').on(table.projectId, table.item)],
);
