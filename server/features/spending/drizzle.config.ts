import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/spending/tables.ts',
  out: './server/features/spending/migrations',
});
