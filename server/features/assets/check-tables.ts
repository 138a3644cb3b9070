import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import { ASSET_CONDITIONS } from '../../../domain/assets/asset.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { projectScopeColumns } from '../projects/tables.js';
import { assets } from './tables.js';

/** A yearly check of an asset (ตรวจสอบพัสดุประจำปี): its condition, whether it is in use, a photo. */
export const assetChecks = pgTable(
  'asset_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id, { onDelete: 'cascade' }),
    ...projectScopeColumns(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    condition: text('condition', { enum: ASSET_CONDITIONS }).notNull(),
    inUse: boolean('in_use').notNull(),
    note: text('note'),
    photoFileId: uuid('photo_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    /** The photo's WebP preview, made on upload like a progress photo's. */
    photoThumbnailFileId: uuid('photo_thumbnail_file_id').references(() => storedFiles.id, {
      onDelete: 'set null',
    }),
    /** Why the photo preview job could not preview a photo kept before previews were made on upload. */
    photoPreviewRefusal: jsonb('photo_preview_refusal').$type<Bilingual>(),
    checkedBy: uuid('checked_by'),
    /** Bumped by each correction, for If-Match. */
    version: integer('version').notNull().default(1),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('asset_checks_asset_idx').on(table.assetId, table.checkedOn),
    // The photo preview job's worklist: photos still without a preview and not yet refused.
    index('asset_checks_preview_due_idx')
      .on(table.id)
      .where(
        sql`${table.photoFileId} is not null and ${table.photoThumbnailFileId} is null and ${table.photoPreviewRefusal} is null`,
      ),
  ],
);
