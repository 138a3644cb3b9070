import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { backTestForecast, type ForecastError } from '../../../domain/spending/forecast-backtest.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { loadSpendingFacts } from './assessment.js';
import { spendingPlans } from './tables.js';

/** The forecast's error measured on a year's history, over the projects the actor can see. */
export async function forecastError(
  deps: DatabaseDeps,
  actor: Actor,
  fiscalYear: number,
): Promise<ForecastError> {
  authorize(actor, 'spending.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const plans = await tx
      .select({ projectId: spendingPlans.projectId })
      .from(spendingPlans)
      .where(eq(spendingPlans.fiscalYear, fiscalYear));
    const facts = await loadSpendingFacts(
      tx,
      plans.map((plan) => plan.projectId),
      fiscalYear,
    );
    return backTestForecast(
      fiscalYear,
      [...facts.values()].map((fact) => ({
        allocationSatang: fact.allocationSatang,
        planMonthly: fact.planMonthly,
        disbursedMonthly: fact.disbursedMonthly,
        procurement: {
          torDate: fact.procurement?.torDate ?? null,
          announcedDate: fact.procurement?.announcedDate ?? null,
          biddingDate: fact.procurement?.biddingDate ?? null,
          contractSignedDate: fact.procurement?.contractSignedDate ?? null,
          inspectedDate: fact.procurement?.inspectedDate ?? null,
          paidDate: fact.procurement?.paidDate ?? null,
          contractValueSatang: fact.procurement?.contractValueSatang ?? null,
        },
      })),
    );
  });
}
