import type { Actor } from '../../../domain/auth/policy.js';
import type { UnitOrphans } from '../../../domain/dashboards/overview.js';
import { ORPHAN_KINDS, type OrphanCounts } from '../../../domain/results/orphans.js';
import { isAllowed } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { orphanCounts } from '../results/public.js';
import type { ResolvedUnit } from './units.js';

type Counts = OrphanCounts['counts'];

const total = (rows: readonly { counts: Counts }[]): Counts =>
  Object.fromEntries(
    ORPHAN_KINDS.map((kind) => [kind, rows.reduce((sum, row) => sum + row.counts[kind], 0)]),
  ) as Counts;

/**
 * A unit's loose ends (orphans) by kind, with the provinces that have any (each count opens that
 * province's list). Seam: results serves them per province only today, so a cluster or the nation
 * sums the counts of the provinces in it the actor may read; once results serves cluster and national
 * roll-ups through its public.ts, this reads those instead, same shape. A district has none of its own.
 */
export async function unitOrphans(
  deps: DatabaseDeps,
  actor: Actor,
  resolved: ResolvedUnit,
  fiscalYear: number,
): Promise<UnitOrphans | null> {
  const level = resolved.view.level;
  if (level === 'district' || (level === 'province' && !resolved.view.code)) {
    return null;
  }
  const provinceCodes =
    level === 'province'
      ? [resolved.view.code ?? '']
      : resolved.provinces
          .map((province) => province.view.code ?? '')
          .filter((code) => isAllowed(actor, 'result.read', code));
  const rows: { provinceCode: string; counts: Counts }[] = [];
  // One at a time: each reads in its own transaction, and PGlite serves one connection.
  for (const provinceCode of provinceCodes) {
    const { counts } = await orphanCounts(deps, actor, { provinceCode, fiscalYear });
    rows.push({ provinceCode, counts });
  }
  return {
    counts: total(rows),
    byProvince: rows.filter((row) => ORPHAN_KINDS.some((kind) => row.counts[kind] > 0)),
  };
}
