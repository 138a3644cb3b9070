import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { ALIGNMENT_LEVELS, ALIGNMENT_SCHEMES } from '../../../domain/alignment/alignment.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';

/**
 * National reference trees plans align to (National Strategy, master plans and their sub-plans and
 * Y1/Y2 targets, 13th NESD Plan milestones, SDGs), versioned by scheme_version. National data: no
 * province column; everyone reads it, only administrators change it.
 */
export const alignmentNodes = pgTable(
  'alignment_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheme: text('scheme', { enum: ALIGNMENT_SCHEMES }).notNull(),
    schemeVersion: text('scheme_version').notNull(),
    code: text('code').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => alignmentNodes.id),
    level: text('level', { enum: ALIGNMENT_LEVELS }).notNull(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en'),
    /** False for titles not yet checked against the official text (placeholders, SDG 17). */
    isVerified: boolean('is_verified').notNull().default(false),
    source: text('source'),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('alignment_nodes_code_idx').on(table.scheme, table.schemeVersion, table.code),
    index('alignment_nodes_parent_idx').on(table.parentId),
    index('alignment_nodes_level_idx').on(table.scheme, table.level),
    index('alignment_nodes_title_trgm_idx').using('gin', sql`${table.titleTh} gin_trgm_ops`),
  ],
);
