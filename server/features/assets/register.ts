import { asc, eq, sql } from 'drizzle-orm';
import { assetCodeOf, HANDOVER_PROJECT_STATUSES } from '../../../domain/assets/asset.js';
import type { RegisterAssetsInput } from '../../../domain/assets/asset-input.js';
import type { Asset, AssetProposals } from '../../../domain/assets/asset-response.js';
import { proposeAssets, stillToRegister } from '../../../domain/assets/proposals.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { loadProjectsByIds } from '../projects/public.js';
import { assertAssetReferences } from './access.js';
import { presentAsset, searchTextOf } from './presenter.js';
import { assetEvents, assets } from './tables.js';

const isDelivered = (project: Project) =>
  (HANDOVER_PROJECT_STATUSES as readonly string[]).includes(project.status);

async function loadProject(tx: Queryable, actor: Actor, projectId: string): Promise<Project> {
  const [project] = await loadProjectsByIds(tx, actor, [projectId]);
  if (!project) {
    throw notFound({ th: 'ไม่พบโครงการ', en: 'Project not found' });
  }
  return project;
}

async function assetsOfProject(tx: Queryable, projectId: string) {
  return tx.select().from(assets).where(eq(assets.projectId, projectId)).orderBy(asc(assets.assetNo));
}

/** The assets a project has registered and, once it is delivered, those its record still proposes. */
export async function assetProposals(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
): Promise<AssetProposals> {
  authorize(actor, 'asset.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadProject(tx, actor, projectId);
    const registered = (await assetsOfProject(tx, projectId)).map(presentAsset);
    return {
      projectId,
      projectCode: project.code,
      projectStatus: project.status,
      deliverable: isDelivered(project),
      registered,
      proposals: stillToRegister(proposeAssets(project), registered),
    };
  });
}

/**
 * Registers the assets a completed (inspected) project hands over, numbered on from the project's
 * last asset; each gets a "registered" event and the project's province and cluster.
 */
export async function registerAssets(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  input: RegisterAssetsInput,
): Promise<Asset[]> {
  authorize(actor, 'asset.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadProject(tx, actor, projectId);
    authorize(actor, 'asset.manage', project.provinceCode);
    if (!isDelivered(project)) {
      throw conflict({
        th: 'ขึ้นทะเบียนทรัพย์สินได้เมื่อโครงการดำเนินการแล้วเสร็จและตรวจรับแล้วเท่านั้น',
        en: 'Assets can be registered only once the project is completed and inspected',
      });
    }
    await assertAssetReferences(tx, input.assets, (index) => `assets.${index}.`);
    const [last] = await selectRows<{ last: number }>(
      tx,
      sql`select coalesce(max(asset_no), 0)::int as last from ${assets} where project_id = ${projectId}`,
    );
    const rows = input.assets.map((entry, index) => {
      const assetNo = Number(last?.last ?? 0) + index + 1;
      const code = assetCodeOf(project.code, assetNo);
      return {
        ...entry,
        projectId,
        provinceCode: project.provinceCode,
        clusterId: project.clusterId,
        fiscalYear: project.fiscalYear,
        assetNo,
        code,
        valueSatang: BigInt(entry.valueSatang),
        searchText: searchTextOf({ ...entry, code }),
        createdBy: actor.userId,
      };
    });
    const inserted = await tx.insert(assets).values(rows).returning();
    await tx.insert(assetEvents).values(
      inserted.map((row) => ({
        assetId: row.id,
        provinceCode: row.provinceCode,
        clusterId: row.clusterId,
        action: 'register' as const,
        toStatus: row.status,
        eventDate: row.handoverDate,
        actorId: actor.userId,
      })),
    );
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: projectId,
      action: 'register_assets',
      provinceCode: project.provinceCode,
      after: { assets: inserted.map((row) => row.code) },
    });
    return inserted.map(presentAsset);
  });
}
