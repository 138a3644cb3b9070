import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/projects/tables.ts', './server/features/projects/child-tables.ts'],
  out: './server/features/projects/migrations',
});
