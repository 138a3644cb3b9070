import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/portal/tables.ts',
  out: './server/features/portal/migrations',
});
