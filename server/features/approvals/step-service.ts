import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ApprovalDocumentType, ApprovalScope } from '../../../domain/approvals/chain.js';
import { policyActionOf } from '../../../domain/approvals/document-policy.js';
import type {
  ApprovalStepList,
  ApprovalStepRow,
  ApprovalStepUpdate,
} from '../../../domain/approvals/schemas.js';
import { POLICY, type Actor } from '../../../domain/auth/policy.js';
import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { presentApprovalStep } from './presenter.js';
import { approvalSteps } from './tables.js';

/** The current approval chain of a document type, by scope. */
export async function listApprovalSteps(
  deps: DatabaseDeps,
  actor: Actor,
  documentType: ApprovalDocumentType,
  scope?: ApprovalScope,
): Promise<ApprovalStepList> {
  authorize(actor, 'approval.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(approvalSteps)
      .where(
        and(
          eq(approvalSteps.documentType, documentType),
          isNull(approvalSteps.validTo),
          scope ? eq(approvalSteps.scope, scope) : undefined,
        ),
      )
      .orderBy(asc(approvalSteps.scope), asc(approvalSteps.sortOrder));
    return { items: rows.map(presentApprovalStep) };
  });
}

/**
 * Relabels a step or changes who may take it and what it needs (administrators); audited. The old
 * row is closed and the new one opened in the same moment, so earlier moves keep the old label.
 */
export async function updateApprovalStep(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: ApprovalStepUpdate,
): Promise<ApprovalStepRow> {
  authorize(actor, 'approval.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [current] = await tx.select().from(approvalSteps).where(eq(approvalSteps.id, id));
    if (!current) {
      throw notFound({ th: 'ขั้นตอนการอนุมัติ', en: 'Approval step' });
    }
    if (current.validTo !== null) {
      throw conflict({
        th: 'ขั้นตอนนี้ถูกแทนที่ด้วยฉบับใหม่แล้ว',
        en: 'This step has been replaced by a newer one',
      });
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const bound = POLICY[policyActionOf(current.documentType, current)].roles;
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
    const { reason, version: _sent, ...changes } = input;
    const now = new Date();
    const closed = await tx
      .update(approvalSteps)
      .set({ validTo: now, updatedAt: now })
      .where(
        and(eq(approvalSteps.id, id), eq(approvalSteps.version, expected), isNull(approvalSteps.validTo)),
      )
      .returning({ id: approvalSteps.id });
    if (closed.length === 0) {
      throw staleVersion(current.version);
    }
    const { id: _old, createdAt: _created, ...body } = current;
    const [next] = await tx
      .insert(approvalSteps)
      .values({
        ...body,
        ...changes,
        validFrom: now,
        validTo: null,
        version: current.version + 1,
        updatedAt: now,
      })
      .returning();
    if (!next) {
      throw new Error('approval step not inserted');
    }
    await recordAudit(tx, actor, {
      entityType: 'approval_step',
      entityId: id,
      action: 'update',
      before: presentApprovalStep(current),
      after: presentApprovalStep(next),
      reason: reason ?? null,
    });
    return presentApprovalStep(next);
  });
}
