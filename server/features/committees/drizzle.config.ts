import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/committees/tables.ts'],
  out: './server/features/committees/migrations',
});
