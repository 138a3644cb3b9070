import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/policy.js';
import type { ExplanationPackRequest } from '../../../../domain/budget/pack-request.js';
import { authorize, isAllowed } from '../../../platform/auth/authorize.js';
import type { Queryable } from '../../../platform/db/client.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { areaNamesOf, memberProvincesOf } from '../../plans/public.js';
import { clusters } from '../../areas/tables.js';

/** Whose pack it is: the title printed and the province the job is filed under. */
export type PackPlacement = { areaTitle: string; provinceCode: string | null };

/**
 * The permission check of a pack, before any work: a province's pack needs budget.read over that
 * province; a cluster's, over at least one of its current member provinces (as cluster plans are
 * readable by every member). An unknown province or cluster is not found.
 */
export async function authorizePack(
  tx: Queryable,
  actor: Actor,
  request: Pick<ExplanationPackRequest, 'provinceCode' | 'clusterId'>,
): Promise<PackPlacement> {
  authorize(actor, 'budget.read');
  if (request.provinceCode !== undefined) {
    authorize(actor, 'budget.read', request.provinceCode);
    const names = await areaNamesOf(tx, [request.provinceCode]);
    const areaTitle = names[request.provinceCode];
    if (areaTitle === undefined) {
      throw notFound({ th: 'จังหวัด', en: 'Province' });
    }
    return { areaTitle, provinceCode: request.provinceCode };
  }
  const clusterId = request.clusterId ?? 0;
  const members = await memberProvincesOf(tx, clusterId);
  const [cluster] = await tx
    .select({ nameTh: clusters.nameTh })
    .from(clusters)
    .where(eq(clusters.id, clusterId));
  if (members.length === 0 || !cluster) {
    throw notFound({ th: 'กลุ่มจังหวัด', en: 'Cluster' });
  }
  if (!members.some((code) => isAllowed(actor, 'budget.read', code))) {
    throw forbidden();
  }
  return { areaTitle: `กลุ่มจังหวัด${cluster.nameTh}`, provinceCode: null };
}
