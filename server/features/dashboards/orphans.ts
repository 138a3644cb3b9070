import type { Actor } from '../../../domain/auth/policy.js';
import type { UnitOrphans } from '../../../domain/dashboards/overview.js';
import { addOrphanCounts } from '../../../domain/results/orphans.js';
import { isAllowed } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { orphanCountsByProvince } from '../results/public.js';
import type { ResolvedUnit } from './units.js';

/**
 * A unit's loose ends (orphans) by kind, with the provinces in it that have any (each count opens
 * that province's list), from results' roll-ups: a province's own, a cluster's members' or every
 * province the reader may see for the nation. A district has none of its own.
 */
export async function unitOrphans(
  deps: DatabaseDeps,
  actor: Actor,
  resolved: ResolvedUnit,
  fiscalYear: number,
): Promise<UnitOrphans | null> {
  const { level, code } = resolved.view;
  if (level === 'district' || (level === 'province' && !code)) {
    return null;
  }
  const provinceCodes = (
    level === 'province' ? [code ?? ''] : resolved.provinces.map((province) => province.view.code ?? '')
  ).filter((provinceCode) => isAllowed(actor, 'result.read', provinceCode));
  const byProvince =
    provinceCodes.length === 0
      ? []
      : await inActorReadTransaction(deps.database, actor, (tx) =>
          orphanCountsByProvince(tx, fiscalYear, provinceCodes),
        );
  return { counts: addOrphanCounts(byProvince.map((row) => row.counts)), byProvince };
}
