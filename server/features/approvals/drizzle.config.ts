import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/features/approvals/tables.ts'],
  out: './server/features/approvals/migrations',
});
