import { fileURLToPath } from 'node:url';

export type MigrationSet = { name: string; folder: string; table: string };

const folder = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Each feature that owns tables keeps its own generated migrations and its own bookkeeping table,
 * so features can change their schema independently. Applied in this order on every start.
 */
export const MIGRATION_SETS: MigrationSet[] = [
  { name: 'platform', folder: folder('./migrations'), table: '__drizzle_migrations' },
  { name: 'needs', folder: folder('../features/needs/migrations'), table: '__migrations_needs' },
  { name: 'alignment', folder: folder('../features/alignment/migrations'), table: '__migrations_alignment' },
  { name: 'plans', folder: folder('../features/plans/migrations'), table: '__migrations_plans' },
];
