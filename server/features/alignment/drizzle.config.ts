import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/alignment/tables.ts',
  out: './server/features/alignment/migrations',
});
