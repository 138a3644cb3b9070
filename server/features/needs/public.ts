import type { NeedFacts } from '../../../domain/needs/need.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { presentNeed } from './presenter.js';
import { insertNeeds } from './writes.js';

/**
 * What other features use of needs. `recordNeedFromOutside` enters a need nobody signed in typed
 * (the public portal): it runs in the caller's transaction, whose province wall must allow writing
 * in the need's province, lands in the screening queue as "received" and is audited under `actorName`.
 */
export async function recordNeedFromOutside(
  tx: Queryable,
  facts: NeedFacts,
  actorName: string,
): Promise<{ id: string; referenceNo: string; provinceCode: string }> {
  const [created] = await insertNeeds(tx, null, [facts]);
  if (!created) {
    throw new Error('insert returned no row');
  }
  await recordAudit(tx, null, {
    entityType: 'need',
    entityId: created.id,
    action: 'create',
    after: presentNeed(created),
    provinceCode: created.provinceCode,
    actorName,
  });
  return { id: created.id, referenceNo: created.referenceNo, provinceCode: created.provinceCode };
}
