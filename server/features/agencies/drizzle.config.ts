import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/agencies/tables.ts',
  out: './server/features/agencies/migrations',
});
