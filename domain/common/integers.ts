import { z } from 'zod';
import { bilingualMessage } from './bilingual.js';

/** The largest PostgreSQL `integer`: ids, counts and versions are stored as int4. */
export const INT4_MAX = 2_147_483_647;

const tooLarge = bilingualMessage(
  `ตัวเลขต้องไม่เกิน ${INT4_MAX.toLocaleString('en-US')}`,
  `The number must be at most ${INT4_MAX.toLocaleString('en-US')}`,
);

/** A positive whole number that fits an int4 column (an id or a version). */
export const positiveInt4 = (): z.ZodNumber => z.number().int().positive().max(INT4_MAX, tooLarge);

/** The same, read from a query string or path parameter. */
export const positiveInt4Query = (): z.ZodCoercedNumber =>
  z.coerce.number().int().positive().max(INT4_MAX, tooLarge);
