import { and, asc, eq } from 'drizzle-orm';
import type { CeilingInput } from '../../../domain/action-plans/schemas.js';
import type { Ceiling } from '../../../domain/action-plans/responses.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { staleVersion } from '../../platform/http/errors.js';
import { checkVersion } from '../../platform/http/versions.js';
import { placementOf } from '../projects/public.js';
import { presentCeiling } from './presenter.js';
import { actionPlanCeilings } from './tables.js';

/** The ceilings of a fiscal year the actor can see (row-level security keeps other provinces out). */
export async function listCeilings(
  deps: DatabaseDeps,
  actor: Actor,
  fiscalYear: number,
): Promise<{ items: Ceiling[] }> {
  authorize(actor, 'action_plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(actionPlanCeilings)
      .where(eq(actionPlanCeilings.fiscalYear, fiscalYear))
      .orderBy(asc(actionPlanCeilings.budgetUnit));
    return { items: rows.map(presentCeiling) };
  });
}

/** The unit's province and cluster from its code: P30 is province 30, C8 is cluster 8. */
function unitOf(budgetUnit: string) {
  return budgetUnit.startsWith('C')
    ? { scope: 'cluster' as const, clusterId: Number(budgetUnit.slice(1)) }
    : { scope: 'province' as const, provinceCode: budgetUnit.slice(1) };
}

/** Sets the ceiling of a budget unit for a year (the centre); a change needs the version read (If-Match). */
export async function putCeiling(
  deps: DatabaseDeps,
  actor: Actor,
  input: Omit<CeilingInput, 'version'>,
  expected: number | null,
): Promise<Ceiling> {
  authorize(actor, 'action_plan.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const placement = await placementOf(tx, unitOf(input.budgetUnit));
    const where = and(
      eq(actionPlanCeilings.fiscalYear, input.fiscalYear),
      eq(actionPlanCeilings.budgetUnit, input.budgetUnit),
    );
    const [current] = await tx.select().from(actionPlanCeilings).where(where);
    checkVersion(current?.version, expected);
    const amountSatang = BigInt(input.amountSatang);
    const [saved] = current
      ? await tx
          .update(actionPlanCeilings)
          .set({ amountSatang, version: current.version + 1, updatedAt: new Date() })
          .where(and(where, eq(actionPlanCeilings.version, current.version)))
          .returning()
      : await tx
          .insert(actionPlanCeilings)
          .values({ fiscalYear: input.fiscalYear, budgetUnit: input.budgetUnit, amountSatang, ...placement })
          .returning();
    if (!saved) {
      throw staleVersion(current?.version ?? 0);
    }
    await recordAudit(tx, actor, {
      entityType: 'action_plan_ceiling',
      entityId: saved.id,
      action: current ? 'update' : 'create',
      changes: { amountSatang: [current ? String(current.amountSatang) : null, input.amountSatang] },
      provinceCode: saved.provinceCode,
    });
    return presentCeiling(saved);
  });
}
