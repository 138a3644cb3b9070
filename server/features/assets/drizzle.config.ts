import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/assets/tables.ts',
  out: './server/features/assets/migrations',
});
