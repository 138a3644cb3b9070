import { count } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { provincesAndClusters } from '../areas/public.js';
import { agencies } from './tables.js';

/**
 * Every province has a provincial office and every cluster an office in its operations-centre
 * province; loaded once, into an empty agencies table.
 */
export async function seedReferenceOffices(database: Database): Promise<boolean> {
  const [existing] = await database.db.select({ value: count() }).from(agencies);
  if ((existing?.value ?? 0) > 0) {
    return false;
  }
  await database.db.transaction(async (tx) => {
    const { provinces, clusters } = await provincesAndClusters(tx);
    await tx.insert(agencies).values(
      provinces
        .filter((province) => !province.isSpecialArea)
        .map((province) => ({
          nameTh: `สำนักงานจังหวัด${province.nameTh}`,
          nameEn: `${province.nameEn ?? province.nameTh} Provincial Office`,
          shortName: 'สนจ.',
          kind: 'provincial_office' as const,
          areaCode: province.code,
          provinceCode: province.code,
        })),
    );
    await tx.insert(agencies).values(
      clusters.map((cluster) => ({
        nameTh: `สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด${cluster.nameTh}`,
        nameEn: `${cluster.nameEn ?? cluster.nameTh} Cluster Strategy Office`,
        shortName: 'สบก.',
        kind: 'cluster_office' as const,
        areaCode: cluster.operationsCentreCode,
        provinceCode: cluster.operationsCentreCode,
        clusterId: cluster.id,
      })),
    );
  });
  return true;
}
