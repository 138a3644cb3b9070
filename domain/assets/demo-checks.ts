import { monthsBefore } from './checks.js';

/**
 * When the n-th held demo asset was last checked: a third three months ago (up to date), a third
 * fourteen months ago (overdue), a third never (overdue once a year has passed since handover), so
 * the backlog list has something to show. A check never predates the handover.
 */
export function demoCheckDate(n: number, handoverDate: string, today: string): string | null {
  const monthsAgo = [3, 14, null][n % 3] ?? null;
  if (monthsAgo === null) {
    return null;
  }
  const day = monthsBefore(today, monthsAgo);
  return day >= handoverDate ? day : null;
}
