import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/features/notifications/tables.ts',
  out: './server/features/notifications/migrations',
});
