import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/needs/tables.ts',
  out: './server/features/needs/migrations',
});
