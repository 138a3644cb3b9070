import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedDimensionInput, NeedDimensionUpdateInput } from '../../../domain/needs/need.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, notFound, staleVersion } from '../../platform/http/errors.js';
import { presentDimension } from './presenter.js';
import { needDimensions } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

const DIMENSION = { th: 'มิติ', en: 'Dimension' };

/** The dimension list in display order; retired ones only when asked. */
export async function listDimensions(deps: DatabaseDeps, actor: Actor, query: { includeInactive?: boolean }) {
  authorize(actor, 'need.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(needDimensions)
      .where(query.includeInactive ? undefined : eq(needDimensions.isActive, true))
      .orderBy(asc(needDimensions.sortOrder), asc(needDimensions.id));
    return { items: rows.map(presentDimension) };
  });
}

async function assertNameFree(tx: Queryable, nameTh: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: needDimensions.id })
    .from(needDimensions)
    .where(sql`lower(${needDimensions.nameTh}) = lower(${nameTh})`);
  if (clash && clash.id !== exceptId) {
    throw conflict({ th: `มีมิติชื่อ "${nameTh}" แล้ว`, en: `A dimension named "${nameTh}" already exists` });
  }
}

/** Adds a dimension (administrators only). */
export async function createDimension(deps: DatabaseDeps, actor: Actor, input: NeedDimensionInput) {
  authorize(actor, 'need.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await assertNameFree(tx, input.nameTh);
    const [created] = await tx
      .insert(needDimensions)
      .values({ nameTh: input.nameTh, nameEn: input.nameEn ?? null, sortOrder: input.sortOrder ?? 100 })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'need_dimension',
      entityId: String(created.id),
      action: 'create',
      after: presentDimension(created),
    });
    return presentDimension(created);
  });
}

/** Renames, reorders or (de)activates a dimension; needs keep a retired dimension. */
export async function updateDimension(
  deps: DatabaseDeps,
  actor: Actor,
  id: number,
  expected: number,
  input: NeedDimensionUpdateInput,
) {
  authorize(actor, 'need.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [current] = await tx.select().from(needDimensions).where(eq(needDimensions.id, id)).for('update');
    if (!current) {
      throw notFound(DIMENSION);
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const { version: _version, ...changes } = input;
    if (changes.nameTh !== undefined) {
      await assertNameFree(tx, changes.nameTh, id);
    }
    const [updated] = await tx
      .update(needDimensions)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(eq(needDimensions.id, id))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, needDimensions, id, DIMENSION);
    }
    await recordAudit(tx, actor, {
      entityType: 'need_dimension',
      entityId: String(id),
      action: updated.isActive === current.isActive ? 'update' : updated.isActive ? 'activate' : 'deactivate',
      before: presentDimension(current),
      after: presentDimension(updated),
    });
    return presentDimension(updated);
  });
}
