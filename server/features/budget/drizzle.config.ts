import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/features/budget/tables.ts',
    './server/features/budget/stage-tables.ts',
    './server/features/budget/verdict-tables.ts',
  ],
  out: './server/features/budget/migrations',
});
