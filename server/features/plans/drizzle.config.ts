import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/plans/tables.ts', './server/features/plans/child-tables.ts'],
  out: './server/features/plans/migrations',
});
