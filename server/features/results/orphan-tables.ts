import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The orphans report's counts, trigger-kept: per province, kind and fiscal year (0 for kinds not
 * bound to a year), with unanswered needs further split by the (Bangkok) day they came in so
 * "still unanswered after N days" is a sum over older days. `cluster_key` is always 0 (the shared
 * roll-up read rule): the counts are a province's own.
 */
export const orphanRollups = pgTable(
  'orphan_rollups',
  {
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull().default(0),
    kind: text('kind').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    receivedOn: date('received_on').notNull().default('1970-01-01'),
    items: integer('items').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.kind, table.fiscalYear, table.receivedOn] })],
);
