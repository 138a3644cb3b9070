// A published 2566–2570 plan per province (Bangkok has none) and per cluster, built with the demo
// plan's tree (issues, objectives, KPIs with targets, approaches, items with budgets and alignment).
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../server/platform/db/client.js';
import { alignmentNodes } from '../../server/features/alignment/tables.js';
import type { DemoLink } from '../../server/features/plans/demo-data.js';
import { insertDemoTree } from '../../server/features/plans/demo-insert.js';
import { DEMO_VERSION_FIELDS } from '../../server/features/plans/demo-story.js';
import { developmentPlans, planVersions } from '../../server/features/plans/tables.js';

type PlanTarget = { provinceCode: string; clusterId: number | null; name: string };

async function planTargets(database: Database, provinces: 'national' | string[]): Promise<PlanTarget[]> {
  const provinceRows = await selectRows<{ code: string; name_th: string }>(
    database.db,
    sql`select code, name_th from areas where level = 'province' and valid_to is null and not is_special_area order by code`,
  );
  const chosen = provinceRows.filter((row) => provinces === 'national' || provinces.includes(row.code));
  const targets: PlanTarget[] = chosen.map((row) => ({
    provinceCode: row.code,
    clusterId: null,
    name: `จังหวัด${row.name_th}`,
  }));
  if (provinces !== 'national') {
    return targets;
  }
  const clusterRows = await selectRows<{ id: number; name_th: string; centre: string }>(
    database.db,
    sql`select c.id, c.name_th, coalesce(c.operations_centre_code, min(m.province_code)) as centre
      from clusters c join cluster_memberships m on m.cluster_id = c.id and m.valid_to is null
      group by c.id order by c.id`,
  );
  return [
    ...targets,
    ...clusterRows.map((row) => ({ provinceCode: row.centre, clusterId: row.id, name: row.name_th })),
  ];
}

/** Replaces every plan with one published synthetic plan per target. */
export async function loadPlans(
  database: Database,
  provinces: 'national' | string[],
  log: (message: string) => void,
): Promise<void> {
  const started = performance.now();
  const targets = await planTargets(database, provinces);
  await database.db.execute(sql`truncate development_plans cascade`);
  const nodes = await database.db
    .select({ id: alignmentNodes.id, scheme: alignmentNodes.scheme, code: alignmentNodes.code })
    .from(alignmentNodes);
  const nodeId = ([scheme, code]: DemoLink) =>
    nodes.find((node) => node.scheme === scheme && node.code === code)?.id ?? '';
  for (const target of targets) {
    await database.db.transaction(async (tx) => {
      const [plan] = await tx
        .insert(developmentPlans)
        .values({
          scope: target.clusterId === null ? 'province' : 'cluster',
          provinceCode: target.provinceCode,
          clusterId: target.clusterId,
          title: `แผนพัฒนา${target.name} พ.ศ. 2566–2570 (ข้อมูลสังเคราะห์ bench)`,
          periodStart: 2566,
          periodEnd: 2570,
          isDemo: true,
        })
        .returning();
      const publishedAt = new Date('2022-03-15T03:00:00Z');
      const [version] = await tx
        .insert(planVersions)
        .values({
          planId: plan?.id ?? '',
          versionNo: 1,
          kind: 'original',
          status: 'published',
          ...DEMO_VERSION_FIELDS,
          provinceCode: target.provinceCode,
          clusterId: target.clusterId,
          statusChangedAt: publishedAt,
          publishedAt,
        })
        .returning();
      const placement = {
        planVersionId: version?.id ?? '',
        provinceCode: target.provinceCode,
        clusterId: target.clusterId,
      };
      await insertDemoTree({ tx, placement, nodeId, linker: null });
    });
  }
  log(`${targets.length} plans in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
