import { sql, type SQL } from 'drizzle-orm';
import { bangkokToday } from '../../platform/db/bangkok-date.js';
import { areas } from './tables.js';

/** Areas still valid on today's date in Bangkok (valid_to is the last valid day, inclusive). */
export function isOpenArea(now?: Date): SQL {
  return sql`(${areas.validTo} is null or ${areas.validTo} >= ${bangkokToday(now)})`;
}
