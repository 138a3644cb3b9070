import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/programmes/tables.ts',
  out: './server/features/programmes/migrations',
});
