import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Database, Tx } from '../../platform/db/client.js';
import { alignmentNodes } from '../alignment/tables.js';
import { recordHistory } from '../approvals/public.js';
import { users } from '../../platform/auth/tables.js';
import { deleteOrphanLinks } from './alignment-links.js';
import { kpiTargets, planApproaches, planKpis } from './child-tables.js';
import { copyVersion } from './copy-version.js';
import type { DemoLink } from './demo-data.js';
import { insertDemoItem, insertDemoTree, type DemoContext } from './demo-insert.js';
import { DEMO_APPROVALS, DEMO_REVIEW_ITEM, DEMO_TITLE, DEMO_VERSION_FIELDS } from './demo-story.js';
import { developmentPlans, planChangeReasons, planVersions } from './tables.js';

async function userIds(tx: Tx) {
  const rows = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['planner.korat', 'head.korat', 'analyst', 'admin']));
  return new Map(rows.map((row) => [row.username, row.id]));
}

/**
 * A complete, clearly labelled demo plan for Nakhon Ratchasima 2566–2570: the original published
 * with its approval history, and the FY2569 review in progress with a few changes (reasons for some).
 * Does nothing when a demo plan exists already.
 */
export async function seedDemoPlan(
  database: Database,
): Promise<{ planId: string; originalId: string; reviewId: string } | null> {
  const [existing] = await database.db
    .select({ id: developmentPlans.id })
    .from(developmentPlans)
    .where(and(eq(developmentPlans.isDemo, true), eq(developmentPlans.provinceCode, '30')));
  if (existing) {
    return null;
  }
  return database.db.transaction(async (tx) => {
    const nodes = await tx
      .select({ id: alignmentNodes.id, scheme: alignmentNodes.scheme, code: alignmentNodes.code })
      .from(alignmentNodes);
    const nodeId = ([scheme, code]: DemoLink) =>
      nodes.find((node) => node.scheme === scheme && node.code === code)?.id ?? '';
    const people = await userIds(tx);
    const head = people.get('head.korat');
    const linker: Actor | null = head
      ? {
          userId: head,
          roles: ['provincial_head'],
          captureScope: { all: false, areaCodes: ['30'] },
          viewScope: { all: false, areaCodes: ['30'] },
        }
      : null;
    const [plan] = await tx
      .insert(developmentPlans)
      .values({
        scope: 'province',
        provinceCode: '30',
        title: DEMO_TITLE,
        periodStart: 2566,
        periodEnd: 2570,
        isDemo: true,
      })
      .returning();
    if (!plan) {
      throw new Error('demo plan not inserted');
    }
    const publishedAt = new Date(`${DEMO_APPROVALS.at(-1)?.date ?? '2022-03-15'}T03:00:00Z`);
    const [original] = await tx
      .insert(planVersions)
      .values({
        planId: plan.id,
        versionNo: 1,
        kind: 'original',
        status: 'published',
        ...DEMO_VERSION_FIELDS,
        provinceCode: '30',
        statusChangedAt: publishedAt,
        publishedAt,
      })
      .returning();
    if (!original) {
      throw new Error('demo version not inserted');
    }
    const placement = { planVersionId: original.id, provinceCode: '30', clusterId: null };
    await insertDemoTree({ tx, placement, nodeId, linker });
    await recordHistory(
      tx,
      {
        documentType: 'plan_version',
        documentId: original.id,
        scope: 'province',
        placement: { provinceCode: '30', clusterId: null },
      },
      DEMO_APPROVALS.map((step) => ({
        action: step.action,
        fromStatus: step.from,
        toStatus: step.to,
        meetingNo: step.meetingNo ?? null,
        meetingDate: step.meetingNo ? step.date : null,
        actorUserId: people.get(step.by) ?? null,
        actorName: 'ข้อมูลตัวอย่าง (demo)',
        at: new Date(`${step.date}T03:00:00Z`),
      })),
    );
    const review = await copyVersion(tx, original, { versionNo: 2, kind: 'review', reviewFiscalYear: 2569 });
    await applyReviewChanges({
      tx,
      placement: { ...placement, planVersionId: review.id },
      nodeId,
      linker: null,
    });
    return { planId: plan.id, originalId: original.id, reviewId: review.id };
  });
}

async function applyReviewChanges(ctx: DemoContext) {
  const versionId = ctx.placement.planVersionId;
  const [market] = await ctx.tx
    .select()
    .from(planApproaches)
    .where(and(eq(planApproaches.planVersionId, versionId), like(planApproaches.title, 'ส่งเสริมการตลาด%')));
  const kpis = await ctx.tx.select().from(planKpis).where(eq(planKpis.planVersionId, versionId));
  const kpiIds = new Map(
    kpis.map((kpi) => [
      kpi.name === 'จำนวนผู้เยี่ยมเยือน'
        ? 'tourists'
        : kpi.name === 'รายได้จากการท่องเที่ยวของจังหวัด'
          ? 'tour-income'
          : kpi.id,
      kpi.id,
    ]),
  );
  const added = await insertDemoItem(ctx, market?.id ?? '', 3, DEMO_REVIEW_ITEM.item, kpiIds);
  const income = kpis.find((kpi) => kpi.name === 'รายได้จากการท่องเที่ยวของจังหวัด');
  await ctx.tx
    .update(kpiTargets)
    .set({ targetValue: '23500' })
    .where(
      and(
        eq(kpiTargets.kpiId, income?.id ?? ''),
        eq(kpiTargets.fiscalYear, 2569),
        sql`${kpiTargets.areaCode} is null`,
      ),
    );
  await ctx.tx
    .delete(planApproaches)
    .where(
      and(eq(planApproaches.planVersionId, versionId), eq(planApproaches.title, 'แก้ไขปัญหาความยากจนแบบพุ่งเป้า')),
    );
  await deleteOrphanLinks(ctx.tx, versionId);
  await ctx.tx.insert(planChangeReasons).values([
    { ...ctx.placement, entityType: 'item', stableKey: added.stableKey, reason: DEMO_REVIEW_ITEM.reason },
    {
      ...ctx.placement,
      entityType: 'kpi',
      stableKey: income?.stableKey ?? '',
      reason: 'ปรับค่าเป้าหมายปี 2569 ตามแนวโน้มนักท่องเที่ยวที่ฟื้นตัวเร็วกว่าคาด (ข้อมูลตัวอย่าง)',
    },
  ]);
}
