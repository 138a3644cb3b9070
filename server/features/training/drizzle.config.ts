import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/training/tables.ts',
  out: './server/features/training/migrations',
});
