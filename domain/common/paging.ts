import { z } from 'zod';

/** Paging every list endpoint accepts. */
export const pagingQuery = {
  limit: z.coerce.number<number | string>().int().min(1).max(500).default(50),
  offset: z.coerce.number<number | string>().int().min(0).default(0),
};

/** One page of a list: its items and how many match in all. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export type Page<T> = { items: T[]; total: number };

/** A whole list that is never paged (reference data). */
export const itemsSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export type Items<T> = { items: T[] };

/** A yes/no query parameter: true/1/yes/on or false/0/no/off (`z.coerce.boolean` reads "false" as true). */
export const booleanQuery = () => z.stringbool();
