import { z } from 'zod';

/** What a revision diff says about one keyed record: new, gone or changed. */
export const DIFF_KINDS = ['added', 'removed', 'changed'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/** One changed field; the values are whatever the field holds (text, lists, amounts as strings). */
export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/**
 * One compared field of a record `T`: its comparable value and, when different, what the reader
 * sees. `C` is whatever else the comparison needs (a plan's flattened tree; nothing for flat lists).
 */
export type Field<T, C = undefined> = {
  field: string;
  compare: (node: T, context: C) => unknown;
  show?: (node: T, context: C) => unknown;
};

const json = (value: unknown): string => JSON.stringify(value ?? null);

/** The fields whose comparable values differ between two versions of one record. */
export function fieldChanges<T, C>(
  fields: readonly Field<T, C>[],
  before: T,
  after: T,
  contextBefore: C,
  contextAfter: C,
): FieldChange[] {
  return fields
    .filter((f) => json(f.compare(before, contextBefore)) !== json(f.compare(after, contextAfter)))
    .map((f) => ({
      field: f.field,
      before: (f.show ?? f.compare)(before, contextBefore),
      after: (f.show ?? f.compare)(after, contextAfter),
    }));
}

/** Records of two versions paired by stable key: added, removed, and present in both. */
export function pairByKey<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
): { added: [string, T][]; removed: [string, T][]; kept: [string, T, T][] } {
  const added: [string, T][] = [];
  const kept: [string, T, T][] = [];
  for (const [key, next] of after) {
    const old = before.get(key);
    if (old === undefined) {
      added.push([key, next]);
    } else {
      kept.push([key, old, next]);
    }
  }
  const removed = [...before].filter(([key]) => !after.has(key));
  return { added, removed, kept };
}
