import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/action-plans/tables.ts'],
  out: './server/features/action-plans/migrations',
});
