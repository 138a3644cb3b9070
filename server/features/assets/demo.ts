import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ASSET_TYPE_OF_CATEGORY,
  assetCodeOf,
  HANDOVER_PROJECT_STATUSES,
  type AssetStatus,
} from '../../../domain/assets/asset.js';
import { ASSET_TRANSITION_RULES } from '../../../domain/assets/transitions.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { projectBudgetLines, projectLocations } from '../projects/child-tables.js';
import { projects } from '../projects/tables.js';
import { seedDemoChecks } from './demo-checks.js';
import { searchTextOf } from './presenter.js';
import { assetEvents, assets } from './tables.js';

/** The transfer line's moves in order; a demo asset has made those up to its status. */
const TRANSFER_LINE = [
  'propose_transfer',
  'record_acceptance',
  'approve_transfer',
  'complete_transfer',
] as const;

/** Where demo assets stand on the transfer line, in turn. */
const DEMO_STATUSES: readonly AssetStatus[] = [
  'registered',
  'transfer_proposed',
  'receiver_accepted',
  'transferred',
];

/**
 * The assets of the completed and closed demo projects, one per budget line of an asset category,
 * handed over at the end of the project's fiscal year and spread along the transfer line; those still
 * held have yearly checks, some overdue.
 */
export async function seedDemoAssets(database: Database): Promise<number> {
  return inSystemTransaction(database, async (tx) => {
    const delivered = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.isDemo, true), inArray(projects.status, [...HANDOVER_PROJECT_STATUSES])))
      .orderBy(asc(projects.code));
    const ids = delivered.map((project) => project.id);
    if (
      ids.length === 0 ||
      (await tx.select().from(assets).where(inArray(assets.projectId, ids)).limit(1)).length
    ) {
      return 0;
    }
    const lines = await tx
      .select()
      .from(projectBudgetLines)
      .where(inArray(projectBudgetLines.projectId, ids))
      .orderBy(asc(projectBudgetLines.lineNo));
    const places = await tx.select().from(projectLocations).where(inArray(projectLocations.projectId, ids));
    const rows = delivered.flatMap((project) =>
      lines
        .filter((line) => line.projectId === project.id && ASSET_TYPE_OF_CATEGORY[line.category])
        .map((line, index) => {
          const code = assetCodeOf(project.code, index + 1);
          const place = places.find((location) => location.projectId === project.id);
          const point = place?.geometry?.type === 'Point' ? place.geometry.coordinates : null;
          const base = {
            code,
            description: line.description,
            gfmisAssetNo: null,
            custodianName: project.receiverName,
          };
          return {
            ...base,
            projectId: project.id,
            provinceCode: project.provinceCode,
            clusterId: project.clusterId,
            fiscalYear: project.fiscalYear,
            assetNo: index + 1,
            type: ASSET_TYPE_OF_CATEGORY[line.category] ?? 'equipment',
            quantity: Math.max(1, Math.floor(Number(line.quantity ?? 1))),
            unit: line.unit,
            valueSatang: line.amountSatang,
            handoverDate: `${project.fiscalYear - 543}-09-15`,
            locationAreaCode: place?.areaCode ?? project.provinceCode,
            longitude: point ? point[0] : null,
            latitude: point ? point[1] : null,
            custodianAgencyId: project.receiverAgencyId,
            condition: 'good' as const,
            searchText: searchTextOf(base),
            isDemo: true,
          };
        }),
    );
    if (rows.length === 0) {
      return 0;
    }
    const spread = rows.map((row, n) => ({
      ...row,
      status: DEMO_STATUSES[n % DEMO_STATUSES.length] ?? 'registered',
    }));
    const inserted = await tx.insert(assets).values(spread).returning();
    await tx.insert(assetEvents).values(
      inserted.flatMap((row) => {
        const scope = { assetId: row.id, provinceCode: row.provinceCode, clusterId: row.clusterId };
        const moves = TRANSFER_LINE.slice(
          0,
          TRANSFER_LINE.findIndex((move) => ASSET_TRANSITION_RULES[move].to === row.status) + 1,
        );
        return [
          {
            ...scope,
            action: 'register' as const,
            toStatus: 'registered' as const,
            eventDate: row.handoverDate,
          },
          ...moves.map((move) => ({
            ...scope,
            action: move,
            fromStatus: ASSET_TRANSITION_RULES[move].from[0] ?? null,
            toStatus: ASSET_TRANSITION_RULES[move].to,
            eventDate: row.handoverDate,
            documentRef: ASSET_TRANSITION_RULES[move].documentRequired ? `หนังสือสาธิต ${row.code}` : null,
          })),
        ];
      }),
    );
    await seedDemoChecks(tx, inserted);
    return inserted.length;
  });
}
