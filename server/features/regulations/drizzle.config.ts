import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/regulations/tables.ts',
  out: './server/features/regulations/migrations',
});
