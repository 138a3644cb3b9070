import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/assets/tables.ts', './server/features/assets/check-tables.ts'],
  out: './server/features/assets/migrations',
});
