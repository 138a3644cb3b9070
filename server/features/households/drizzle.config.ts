import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/households/tables.ts',
  out: './server/features/households/migrations',
});
