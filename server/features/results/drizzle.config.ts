import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/features/results/tables.ts',
    './server/features/results/kpi-tables.ts',
    './server/features/results/orphan-tables.ts',
  ],
  out: './server/features/results/migrations',
});
