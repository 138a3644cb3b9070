import { sql, type SQL } from 'drizzle-orm';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';

/**
 * Today's date in Asia/Bangkok as an SQL date. Validity dates are Thai calendar dates, so they are
 * compared with this rather than `current_date`, which follows the database session's time zone.
 */
export function bangkokToday(now: Date = new Date()): SQL {
  return sql`${toBangkokIsoDate(now)}::date`;
}
