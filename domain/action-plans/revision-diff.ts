import {
  fieldChanges,
  pairByKey,
  type DiffKind,
  type Field,
  type FieldChange,
} from '../common/field-diff.js';
import type { EntryClass } from './action-plan.js';

/** An entry as a revision compares it; the stable key is shared by its copies in every version. */
export type ComparableEntry = {
  stableKey: string;
  projectCode: string;
  title: string;
  entryClass: EntryClass;
  rank: number;
  /** Satang as a decimal string. */
  amountSatang: string;
  note: string | null;
};

export type EntryDiff = {
  stableKey: string;
  kind: DiffKind;
  projectCode: string;
  title: string;
  fields: FieldChange[];
  reason: string | null;
};

export type RevisionDiff = { entries: EntryDiff[]; unexplained: number };

const ENTRY_FIELDS: Field<ComparableEntry>[] = [
  { field: 'entryClass', compare: (e) => e.entryClass },
  { field: 'rank', compare: (e) => e.rank },
  { field: 'amountSatang', compare: (e) => e.amountSatang },
  { field: 'note', compare: (e) => e.note },
];

/**
 * What a revision (ปรับแผน) changed against the version it was copied from, paired by stable key;
 * every added, removed or changed entry needs its reason before the revision can be submitted.
 */
export function diffActionPlans(
  before: readonly ComparableEntry[],
  after: readonly ComparableEntry[],
  reasons: ReadonlyMap<string, string> = new Map(),
): RevisionDiff {
  const keyed = (entries: readonly ComparableEntry[]) => new Map(entries.map((e) => [e.stableKey, e]));
  const { added, removed, kept } = pairByKey(keyed(before), keyed(after));
  const entry = (kind: DiffKind, e: ComparableEntry, fields: FieldChange[]): EntryDiff => ({
    stableKey: e.stableKey,
    kind,
    projectCode: e.projectCode,
    title: e.title,
    fields,
    reason: reasons.get(e.stableKey) ?? null,
  });
  const entries = [
    ...added.map(([, e]) => entry('added', e, [])),
    ...kept
      .map(([, old, next]) =>
        entry('changed', next, fieldChanges(ENTRY_FIELDS, old, next, undefined, undefined)),
      )
      .filter((e) => e.fields.length > 0),
    ...removed.map(([, e]) => entry('removed', e, [])),
  ];
  return { entries, unexplained: entries.filter((e) => e.reason === null).length };
}
