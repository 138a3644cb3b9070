import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { presentHouseholdDetail } from './presenter.js';
import {
  householdHelp,
  householdMembers,
  households,
  householdStatusEvents,
  householdVisits,
} from './tables.js';

export const HOUSEHOLD = { th: 'ครัวเรือน', en: 'Household' };
export const MEMBER = { th: 'สมาชิกครัวเรือน', en: 'Household member' };

/** A case the actor can see (RLS: its province), or 404. */
export async function loadVisibleHousehold(tx: Queryable, actor: Actor, id: string) {
  authorize(actor, 'household.read');
  const [row] = await tx.select().from(households).where(eq(households.id, id));
  if (!row) {
    throw notFound(HOUSEHOLD);
  }
  return row;
}

/** A case the actor may work on: visible (404) and in the capture scope of its area (403). */
export async function loadManageableHousehold(tx: Queryable, actor: Actor, id: string) {
  authorize(actor, 'household.manage');
  const row = await loadVisibleHousehold(tx, actor, id);
  authorize(actor, 'household.manage', row.areaCode);
  return row;
}

export async function householdDetailOf(tx: Queryable, row: typeof households.$inferSelect) {
  const members = await tx
    .select()
    .from(householdMembers)
    .where(eq(householdMembers.householdId, row.id))
    .orderBy(asc(householdMembers.position));
  const help = await tx
    .select()
    .from(householdHelp)
    .where(eq(householdHelp.householdId, row.id))
    .orderBy(asc(householdHelp.givenOn));
  const visits = await tx
    .select()
    .from(householdVisits)
    .where(eq(householdVisits.householdId, row.id))
    .orderBy(asc(householdVisits.visitedOn));
  const history = await tx
    .select()
    .from(householdStatusEvents)
    .where(eq(householdStatusEvents.householdId, row.id))
    .orderBy(asc(householdStatusEvents.recordedAt));
  return presentHouseholdDetail(row, { members, help, visits, history });
}

/** GET /households/{id}: a case with masked members, help, visits and status history. */
export async function getHousehold(deps: DatabaseDeps, actor: Actor, id: string) {
  return inActorTransaction(deps.database, actor, async (tx) =>
    householdDetailOf(tx, await loadVisibleHousehold(tx, actor, id)),
  );
}
