import { z } from 'zod';

/** Search params every page carries: the global fiscal year (BE) and area (DOPA code). */
export const globalSearchSchema = z.object({
  fy: z.coerce.number().int().min(2500).max(2700).optional().catch(undefined),
  area: z
    .string()
    .regex(/^\d{2}(\d{2}){0,3}$/)
    .optional()
    .catch(undefined),
});
export type GlobalSearch = z.infer<typeof globalSearchSchema>;

/** A list narrowed to one cluster (a cluster office's home links there); the area filter then stands aside. */
export const clusterSearchParam = z.coerce.number().int().min(1).optional().catch(undefined);

export const loginSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
});

// Plain key=value pairs instead of the router's JSON encoding, so a code stays ?area=30, not ?area=%2230%22.
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value !== '') {
        params.set(key, String(value));
      }
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
