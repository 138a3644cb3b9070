import { customType, integer, timestamp } from 'drizzle-orm/pg-core';

/** A PostgreSQL tsvector filled by the app from Thai-segmented tokens. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** PostgreSQL bytea for stored uploads. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Optimistic-concurrency counter every editable row carries. */
export const versionColumn = () => integer('version').notNull().default(1);

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
