import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/indicators/tables.ts',
  out: './server/features/indicators/migrations',
});
