import { and, desc, eq, inArray, max, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ChangeReasonInput } from '../../../domain/plans/plan-input.js';
import { REVIEW_BASE_STATUSES } from '../../../domain/plans/plan.js';
import type {
  ChangeReasonSaved,
  VersionDiffResponse,
  VersionSummary,
} from '../../../domain/plans/responses.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { checkVersion } from '../../platform/http/versions.js';
import { assertCanEdit, loadEditableVersion, loadVisiblePlan, loadVisibleVersion } from './access.js';
import { diffAgainst, diffOf } from './changes.js';
import { copyVersion } from './copy-version.js';
import { presentVersionSummary } from './presenter.js';
import { planChangeReasons, planVersions } from './tables.js';
import { loadPlanVersionTree } from './tree.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

const CHANGE_REASON = { th: 'เหตุผลของการเปลี่ยนแปลง', en: 'Reason for the change' };

/**
 * Starts the review (ฉบับทบทวน) for fiscal year `fiscalYear` by copying the latest version that its
 * committee has approved (committee_approved or any later status, published included): reviews for
 * FY n+1 start while the centre is still deciding on FY n, and a version returned for revision falls
 * back to draft and stops counting. One open (unpublished) review per plan and fiscal year.
 */
export async function createReview(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  fiscalYear: number,
): Promise<VersionSummary> {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadVisiblePlan(tx, actor, planId);
    assertCanEdit(actor, visible);
    const { plan } = visible;
    if (fiscalYear < plan.periodStart || fiscalYear > plan.periodEnd) {
      throw invalid([
        {
          path: 'fiscalYear',
          message: {
            th: `ปีงบประมาณต้องอยู่ในช่วงแผน ${plan.periodStart}–${plan.periodEnd}`,
            en: `The fiscal year must lie in the plan period ${plan.periodStart}–${plan.periodEnd}`,
          },
        },
      ]);
    }
    const [base] = await tx
      .select()
      .from(planVersions)
      .where(and(eq(planVersions.planId, planId), inArray(planVersions.status, [...REVIEW_BASE_STATUSES])))
      .orderBy(desc(planVersions.versionNo))
      .limit(1);
    if (!base) {
      throw conflict({
        th: 'ยังไม่มีฉบับที่ผ่านการอนุมัติของคณะกรรมการ จึงยังทบทวนแผนไม่ได้',
        en: 'No version has been approved by the committee yet, so there is nothing to review',
      });
    }
    const [open] = await tx
      .select({ id: planVersions.id })
      .from(planVersions)
      .where(
        and(
          eq(planVersions.planId, planId),
          eq(planVersions.kind, 'review'),
          eq(planVersions.reviewFiscalYear, fiscalYear),
          ne(planVersions.status, 'published'),
        ),
      );
    if (open) {
      throw conflict(
        {
          th: `มีฉบับทบทวนปีงบประมาณ ${fiscalYear} ที่ยังไม่ประกาศใช้อยู่แล้ว`,
          en: `An unpublished review for FY${fiscalYear} already exists`,
        },
        { versionId: open.id },
      );
    }
    const [last] = await tx
      .select({ value: max(planVersions.versionNo) })
      .from(planVersions)
      .where(eq(planVersions.planId, planId));
    const created = await copyVersion(tx, base, {
      versionNo: (last?.value ?? 0) + 1,
      kind: 'review',
      reviewFiscalYear: fiscalYear,
    });
    await recordAudit(tx, actor, {
      entityType: 'plan_version',
      entityId: created.id,
      action: 'create_review',
      after: { planId, fiscalYear, basedOnVersionId: base.id, versionNo: created.versionNo },
      provinceCode: plan.provinceCode,
    });
    return presentVersionSummary(created);
  });
}

/** What changed in a version against another of the same plan (by default the one it was copied from). */
export async function getVersionDiff(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  againstId?: string,
): Promise<VersionDiffResponse> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { version } = await loadVisibleVersion(tx, actor, versionId);
    const against = againstId ?? version.basedOnVersionId;
    if (!against) {
      throw invalid([
        {
          path: 'against',
          message: {
            th: 'ฉบับนี้ไม่ได้คัดลอกมาจากฉบับใด ให้ระบุฉบับที่จะเปรียบเทียบ',
            en: 'This version has no base; name the version to compare with',
          },
        },
      ]);
    }
    const [other] = await tx
      .select({ planId: planVersions.planId })
      .from(planVersions)
      .where(eq(planVersions.id, against));
    if (!other || other.planId !== version.planId) {
      throw invalid([
        {
          path: 'against',
          message: { th: 'ต้องเปรียบเทียบกับฉบับของแผนเดียวกัน', en: 'Compare with a version of the same plan' },
        },
      ]);
    }
    const diff = await diffAgainst(tx, await loadPlanVersionTree(tx, versionId), against);
    return { versionId, againstVersionId: against, ...diff };
  });
}

/** Records (or replaces, with If-Match) the reason for one change of a review. */
export async function putChangeReason(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  expected: number | null,
  input: Omit<ChangeReasonInput, 'version'>,
): Promise<ChangeReasonSaved> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { version, placement } = await loadEditableVersion(tx, actor, versionId);
    const diff = await diffOf(tx, await loadPlanVersionTree(tx, versionId));
    const entry = diff?.entries.find(
      (e) => e.entityType === input.entityType && e.stableKey === input.stableKey,
    );
    if (!entry) {
      throw invalid([
        {
          path: 'stableKey',
          message: { th: 'ไม่พบการเปลี่ยนแปลงนี้ในฉบับทบทวน', en: 'This version has no such change' },
        },
      ]);
    }
    const [current] = await tx
      .select()
      .from(planChangeReasons)
      .where(
        and(
          eq(planChangeReasons.planVersionId, versionId),
          eq(planChangeReasons.entityType, input.entityType),
          eq(planChangeReasons.stableKey, input.stableKey),
        ),
      );
    checkVersion(current?.version, expected);
    const [saved] = current
      ? await tx
          .update(planChangeReasons)
          .set({
            reason: input.reason,
            actorUserId: actor.userId,
            version: current.version + 1,
            updatedAt: new Date(),
          })
          .where(and(eq(planChangeReasons.id, current.id), eq(planChangeReasons.version, current.version)))
          .returning()
      : await tx
          .insert(planChangeReasons)
          .values({
            ...placement,
            entityType: input.entityType,
            stableKey: input.stableKey,
            reason: input.reason,
            actorUserId: actor.userId,
          })
          // Two first reasons at once: the later one must not fail on the unique key.
          .onConflictDoNothing()
          .returning();
    if (!saved) {
      if (current) {
        throw await lostVersionRace(tx, planChangeReasons, current.id, CHANGE_REASON);
      }
      throw conflict({
        th: 'มีผู้อื่นเพิ่งบันทึกเหตุผลของการเปลี่ยนแปลงนี้ กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง',
        en: 'Someone else has just given the reason for this change; reload and edit it',
      });
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_change_reason',
      entityId: saved.id,
      action: current ? 'update' : 'create',
      before: current ? { reason: current.reason } : null,
      after: { entityType: saved.entityType, stableKey: saved.stableKey, reason: saved.reason },
      provinceCode: version.provinceCode,
    });
    return {
      id: saved.id,
      entityType: saved.entityType,
      stableKey: saved.stableKey,
      reason: saved.reason,
      version: saved.version,
    };
  });
}
