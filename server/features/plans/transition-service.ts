import { and, asc, eq, max, sql } from 'drizzle-orm';
import { POLICY, type Actor } from '../../../domain/auth/policy.js';
import { ROLE_LABELS, type Role } from '../../../domain/auth/roles.js';
import { findStep, validateTransitionInput, type TransitionInput } from '../../../domain/plans/approval.js';
import { normalizeMeetingNo } from '../../../domain/plans/meeting-rules.js';
import { PLAN_STATUS_LABELS, type PlanScope } from '../../../domain/plans/plan.js';
import type { ApprovalStepList, ApprovalStepRow, TransitionResult } from '../../../domain/plans/responses.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { loadVisibleVersion } from './access.js';
import { actionsFor, policyAllows, readinessOf, stepsOf } from './changes.js';
import { presentApprovalEvent, presentApprovalStep, presentPlanVersion } from './presenter.js';
import { approvalSteps, planApprovalEvents, planVersions } from './tables.js';
import { loadPlanVersionTree } from './tree.js';

/**
 * Moves a version along the approval chain. The step must exist from the current status, the actor
 * must hold one of its roles and the scope it needs, its meeting/date/reason must be given, and a
 * submission must pass the readiness check (409 listing every problem).
 */
export async function transitionVersion(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  expected: number,
  input: TransitionInput & { action: string },
): Promise<TransitionResult> {
  authorize(actor, 'plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadVisibleVersion(tx, actor, versionId);
    const current = visible.version;
    const steps = await stepsOf(tx, visible.plan.scope);
    const step = findStep(steps, current.status, input.action);
    if (!step) {
      throw conflict(
        {
          th: `ทำรายการ "${input.action}" ไม่ได้ในสถานะ "${PLAN_STATUS_LABELS[current.status].th}"`,
          en: `Action "${input.action}" is not possible from status "${PLAN_STATUS_LABELS[current.status].en}"`,
        },
        { availableActions: actionsFor(actor, current.status, steps, visible.standing) },
      );
    }
    const allowed = policyAllows(actor, step) && step.roles.some((role) => actor.roles.includes(role));
    if (!allowed || !(step.needsCapture ? visible.standing.capture : visible.standing.view)) {
      throw forbidden();
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const [previous] = await tx
      .select({ meetingDate: max(planApprovalEvents.meetingDate) })
      .from(planApprovalEvents)
      .where(eq(planApprovalEvents.planVersionId, versionId));
    const problems = validateTransitionInput(step, input, {
      today: toBangkokIsoDate(new Date()),
      previousMeetingDate: previous?.meetingDate ?? null,
    });
    if (problems.length > 0) {
      throw invalid(problems);
    }
    if (current.status === 'draft') {
      const readiness = await readinessOf(tx, await loadPlanVersionTree(tx, versionId));
      if (readiness.problems.length > 0) {
        throw conflict(
          {
            th: `ยังส่งแผนไม่ได้: พบปัญหา ${readiness.problems.length} รายการ`,
            en: `The plan cannot be submitted yet: ${readiness.problems.length} problem(s)`,
          },
          { problems: readiness.problems },
        );
      }
    }
    const now = new Date();
    const meetingNo = input.meetingNo ? normalizeMeetingNo(input.meetingNo) || null : null;
    // Central roles hold no capture scope: this switch lets row-level security accept just this move.
    await tx.execute(sql`select set_config('app.plan_transition', 'on', true)`);
    const [updated] = await tx
      .update(planVersions)
      .set({
        status: step.toStatus,
        statusChangedAt: now,
        ...(step.toStatus === 'submitted_to_committee' ? { submittedAt: now } : {}),
        ...(step.toStatus === 'committee_approved' ? { committeeApprovedAt: now } : {}),
        ...(step.toStatus === 'published' ? { publishedAt: now } : {}),
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(planVersions.id, versionId), eq(planVersions.version, expected)))
      .returning();
    if (!updated) {
      throw staleVersion(current.version);
    }
    const [event] = await tx
      .insert(planApprovalEvents)
      .values({
        planVersionId: versionId,
        action: step.action,
        fromStatus: step.fromStatus,
        toStatus: step.toStatus,
        meetingNo,
        meetingDate: input.meetingDate?.trim() || null,
        reason: input.reason?.trim() || null,
        actorUserId: actor.userId,
        at: now,
        provinceCode: current.provinceCode,
        clusterId: current.clusterId,
      })
      .returning();
    await tx.execute(sql`select set_config('app.plan_transition', 'off', true)`);
    await recordAudit(tx, actor, {
      entityType: 'plan_version',
      entityId: versionId,
      action: `transition:${step.action}`,
      changes: { status: [current.status, step.toStatus] },
      reason: [meetingNo && `ครั้งที่ ${meetingNo}`, input.reason].filter(Boolean).join(' — ') || null,
      provinceCode: current.provinceCode,
    });
    return {
      version: presentPlanVersion(updated),
      event: event ? presentApprovalEvent(event, null) : null,
      availableActions: actionsFor(actor, updated.status, steps, visible.standing),
    };
  });
}

/** The configured approval chain, by scope. */
export async function listApprovalSteps(
  deps: DatabaseDeps,
  actor: Actor,
  scope?: PlanScope,
): Promise<ApprovalStepList> {
  authorize(actor, 'plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(approvalSteps)
      .where(scope ? eq(approvalSteps.scope, scope) : undefined)
      .orderBy(asc(approvalSteps.scope), asc(approvalSteps.sortOrder));
    return { items: rows.map(presentApprovalStep) };
  });
}

export type ApprovalStepUpdate = {
  labelTh?: string;
  labelEn?: string;
  roles?: Role[];
  requiresMeeting?: boolean;
  requiresDate?: boolean;
  requiresReason?: boolean;
  reason?: string;
};

/** Relabels a step or changes who may take it and what it needs (administrators); audited. */
export async function updateApprovalStep(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: ApprovalStepUpdate,
): Promise<ApprovalStepRow> {
  authorize(actor, 'plan.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [current] = await tx.select().from(approvalSteps).where(eq(approvalSteps.id, id));
    if (!current) {
      throw notFound({ th: 'ขั้นตอนการอนุมัติ', en: 'Approval step' });
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    // The policy table bounds what a step may grant: submitting is editing, every later step approving.
    const bound = POLICY[current.fromStatus === 'draft' ? 'plan.edit' : 'plan.approve'].roles;
    const outside = (input.roles ?? []).filter((role) => !bound.includes(role));
    if (outside.length > 0) {
      throw invalid([
        {
          path: 'roles',
          message: {
            th: `ขั้นตอนนี้มอบให้ได้เฉพาะบทบาท: ${bound.map((role) => ROLE_LABELS[role].th).join(', ')}`,
            en: `This step can only be given to: ${bound.join(', ')}`,
          },
        },
      ]);
    }
    const { reason, ...changes } = input;
    const [updated] = await tx
      .update(approvalSteps)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(approvalSteps.id, id), eq(approvalSteps.version, expected)))
      .returning();
    if (!updated) {
      throw staleVersion(current.version);
    }
    await recordAudit(tx, actor, {
      entityType: 'approval_step',
      entityId: id,
      action: 'update',
      before: presentApprovalStep(current),
      after: presentApprovalStep(updated),
      reason: reason ?? null,
    });
    return presentApprovalStep(updated);
  });
}
