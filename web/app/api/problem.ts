import { problemSchema, type Problem } from '../../../domain/common/problem.js';

export { problemSchema, type Problem };
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
