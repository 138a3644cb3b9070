import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/areas/tables.ts',
  out: './server/features/areas/migrations',
});
