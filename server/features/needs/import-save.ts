import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { changedFacts, type NeedFacts } from '../../../domain/needs/need.js';
import { changedFields } from '../../platform/audit/audit.js';
import { auditEvents, type AuditChanges } from '../../platform/audit/tables.js';
import type { Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { staleVersion } from '../../platform/http/errors.js';
import type { JobContext, JobItemReport } from '../../platform/jobs/runner.js';
import { writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';
import type { NeedRow } from './access.js';
import { presentNeed } from './presenter.js';
import { applyNeedFacts, factsOf, insertNeeds } from './writes.js';
import { needSources, needs } from './tables.js';

/** One staged write of a needs import: a new need (its id chosen up front) or an update with its before-image. */
export type NeedWrite =
  | { action: 'create'; rowNumber: number; id: string; facts: NeedFacts }
  | {
      action: 'update';
      rowNumber: number;
      id: string;
      referenceNo: string;
      version: number;
      before: NeedFacts;
      after: NeedFacts;
    };

type CheckedRow = { rowNumber: number; facts: NeedFacts; referenceNo: string | null };

/** Splits checked rows into writes and the report lines of rows that change nothing. */
export function planNeedWrites(rows: readonly CheckedRow[], existing: ReadonlyMap<string, NeedRow>) {
  const writes: NeedWrite[] = [];
  const unchanged: JobItemReport[] = [];
  for (const row of rows) {
    const current = row.referenceNo ? existing.get(row.referenceNo) : undefined;
    if (!row.referenceNo) {
      writes.push({ action: 'create', rowNumber: row.rowNumber, id: randomUUID(), facts: row.facts });
    } else if (!current) {
      continue;
    } else if (changedFacts(factsOf(current), row.facts).length === 0) {
      const messages = [{ th: 'ไม่มีการเปลี่ยนแปลง', en: 'Unchanged' }];
      unchanged.push({ itemNo: row.rowNumber, ok: true, itemKey: current.referenceNo, messages });
    } else {
      writes.push({
        action: 'update',
        rowNumber: row.rowNumber,
        id: current.id,
        referenceNo: current.referenceNo,
        version: current.version,
        before: factsOf(current),
        after: row.facts,
      });
    }
  }
  return { writes, unchanged };
}

/** One audit event per need, in one insert. */
async function auditNeeds<N extends { id: string; provinceCode: string }>(
  tx: Tx,
  actorUserId: string | null,
  reason: string,
  rows: readonly N[],
  what: (need: N) => [string, AuditChanges],
) {
  if (rows.length === 0) {
    return;
  }
  await tx.insert(auditEvents).values(
    rows.map((need) => {
      const [action, changes] = what(need);
      return {
        actorUserId,
        entityType: 'need',
        entityId: need.id,
        action,
        changes,
        reason,
        provinceCode: need.provinceCode,
      };
    }),
  );
}

async function applyNeedWrites(tx: Tx, actor: Actor, items: readonly NeedWrite[], reason: string) {
  const reports: JobItemReport[] = [];
  for (const item of items) {
    if (item.action !== 'update') {
      continue;
    }
    const [locked] = await tx.select().from(needs).where(eq(needs.id, item.id)).for('update');
    // Edited since the rows were checked: the import would overwrite that edit, so it stops.
    if (!locked || locked.version !== item.version) {
      throw staleVersion(item.version);
    }
    await applyNeedFacts(tx, actor, locked, item.after, reason);
    const messages = [{ th: 'ปรับปรุงแล้ว', en: 'Updated' }];
    reports.push({ itemNo: item.rowNumber, ok: true, itemKey: item.referenceNo, messages });
  }
  const fresh = items.filter((item) => item.action === 'create');
  const created = await insertNeeds(
    tx,
    actor.userId,
    fresh.map((item) => item.facts),
    { ids: fresh.map((item) => item.id) },
  );
  await auditNeeds(tx, actor.userId, reason, created, (need) => [
    'create',
    changedFields(null, presentNeed(need)),
  ]);
  created.forEach((need, index) => {
    const messages = [{ th: 'เพิ่มใหม่', en: 'Added' }];
    reports.push({ itemNo: fresh[index]?.rowNumber ?? 0, ok: true, itemKey: need.referenceNo, messages });
  });
  return reports;
}

/** Takes back applied needs writes: deletes the needs the import created, restores updated facts. */
export const undoNeedWrites: StagedUndo<NeedWrite> = async (tx, { items }, job) => {
  const who = { userId: job.createdBy ?? '' };
  const reason = `import ${job.id} undone`;
  for (const item of items) {
    if (item.action !== 'update') {
      continue;
    }
    const [current] = await tx.select().from(needs).where(eq(needs.id, item.id)).for('update');
    if (current) {
      await applyNeedFacts(tx, who, current, item.before, reason);
      // Only the import changed it since: the version before the import is current again.
      if (current.version === item.version + 1) {
        await tx.update(needs).set({ version: item.version }).where(eq(needs.id, item.id));
      }
    }
  }
  const createdIds = items.filter((item) => item.action === 'create').map((item) => item.id);
  if (createdIds.length === 0) {
    return;
  }
  await tx.delete(needSources).where(inArray(needSources.needId, createdIds));
  const removed = await tx
    .delete(needs)
    .where(inArray(needs.id, createdIds))
    .returning({ id: needs.id, provinceCode: needs.provinceCode });
  await auditNeeds(tx, job.createdBy, reason, removed, () => ['delete', {}]);
};

/** Saves the planned writes all or nothing per job, in short batches as the actor; returns report lines. */
export async function saveNeedWrites(context: JobContext, actor: Actor, writes: readonly NeedWrite[]) {
  const { job, database } = context;
  const reports: JobItemReport[] = [];
  await writeInBatches(context, writes, {
    transaction: (work) => inActorTransaction(database, actor, work),
    apply: async (tx, { items }) => {
      reports.push(...(await applyNeedWrites(tx, actor, items, `import ${job.id}`)));
    },
    undo: undoNeedWrites,
  });
  return reports;
}
