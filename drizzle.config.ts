import { defineConfig } from 'drizzle-kit';

/** The platform's tables; each feature that owns tables has its own config beside them. */
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/platform/auth/tables.ts',
    './server/platform/audit/tables.ts',
    './server/platform/jobs/tables.ts',
  ],
  out: './server/db/migrations',
});
