import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.object({
      applied: z.number().int(),
      sets: z.array(z.object({ name: z.string(), applied: z.number().int() })),
    }),
  }),
});

export type Health = z.infer<typeof healthSchema>;
