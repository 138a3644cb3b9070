import { z } from 'zod';

const bilingualSchema = z.object({ th: z.string(), en: z.string() });

/** The application/problem+json body every API error carries. */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  messages: bilingualSchema,
  errors: z.array(z.object({ path: z.string(), message: bilingualSchema })).optional(),
  currentVersion: z.number().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
export type FieldProblem = NonNullable<Problem['errors']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.messages.en ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
