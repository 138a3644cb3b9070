/** The fewest and most years personal data of a closed case may be kept (PDPA: no longer than needed). */
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 20;
export const DEFAULT_RETENTION_YEARS = 5;

/** The last day (ISO date) on which a case out of need since `outOfNeedOn` may keep personal data. */
export function keepPersonalDataUntil(outOfNeedOn: string, retentionYears: number): string {
  const [year, month, day] = outOfNeedOn.split('-').map(Number) as [number, number, number];
  const until = new Date(Date.UTC(year + retentionYears, month - 1, day));
  // 29 February plus whole years lands on 1 March in a common year; keep the last day of February.
  if (until.getUTCMonth() !== month - 1) {
    until.setUTCDate(0);
  }
  return until.toISOString().slice(0, 10);
}

/**
 * Cases out of need on a date before this one are due for erasure today: the same years back from
 * today (29 February in a common year becomes 1 March), so it agrees with `keepPersonalDataUntil`.
 */
export function erasableBefore(today: string, retentionYears: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(year - retentionYears, month - 1, day));
  return cutoff.toISOString().slice(0, 10);
}
