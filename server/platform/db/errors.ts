/** SQLSTATE of a unique or exclusion violation: the row clashes with one that exists. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether a database error (or the driver error drizzle wraps in `cause`) is a unique violation.
 * Both node-postgres and PGlite report the SQLSTATE as `code`.
 */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if ((current as Error & { code?: unknown }).code === UNIQUE_VIOLATION) {
      return true;
    }
    current = current.cause;
  }
  return false;
}
