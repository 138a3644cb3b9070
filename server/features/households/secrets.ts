import { sql } from 'drizzle-orm';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import type { Sealer } from './sealing.js';
import { householdSecrets } from './tables.js';

/** What is sealed for a member: the id number and the name. */
export type MemberSecret = { nationalId: string; firstName: string; lastName: string };

/** Seals and stores one subject's fields (insert only: the app role may not read them back). */
export async function storeSecret(
  tx: Queryable,
  sealer: Sealer,
  subject: {
    subjectId: string;
    householdId: string;
    provinceCode: string;
    kind: 'member' | 'address';
    nationalId?: string;
  },
  fields: Record<string, string | null>,
): Promise<void> {
  await tx.insert(householdSecrets).values({
    subjectId: subject.subjectId,
    householdId: subject.householdId,
    provinceCode: subject.provinceCode,
    kind: subject.kind,
    idHash: subject.nationalId ? sealer.idHash(subject.nationalId) : null,
    sealed: sealer.seal(subject.subjectId, fields),
  });
}

type SealedRow = { subject_id: string; household_id: string; kind: string; sealed: Buffer | Uint8Array };

/** The opened fields of the given subjects the reader's province wall lets through, by subject id. */
export async function openSecrets(
  tx: Queryable,
  sealer: Sealer,
  subjectIds: readonly string[],
): Promise<Map<string, Record<string, string | null>>> {
  if (subjectIds.length === 0) {
    return new Map();
  }
  const rows = await selectRows<SealedRow>(
    tx,
    sql`select * from household_sealed(${sql.param([...subjectIds])}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.subject_id, sealer.open(row.subject_id, Buffer.from(row.sealed))]));
}

/** Members (and their households) whose id number is this one, within the reader's province wall. */
export async function subjectsWithId(
  tx: Queryable,
  sealer: Sealer,
  nationalId: string,
): Promise<{ subjectId: string; householdId: string }[]> {
  const rows = await selectRows<{ subject_id: string; household_id: string }>(
    tx,
    sql`select * from household_subjects_with_id(${sealer.idHash(nationalId)})`,
  );
  return rows.map((row) => ({ subjectId: row.subject_id, householdId: row.household_id }));
}
