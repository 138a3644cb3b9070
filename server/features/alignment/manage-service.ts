import { and, eq } from 'drizzle-orm';
import {
  alignmentNodeFieldsSchema,
  placementProblem,
  type AlignmentLevel,
  type AlignmentNodeCreateInput,
  type AlignmentNodeUpdateInput,
  type AlignmentScheme,
} from '../../../domain/alignment/alignment.js';
import type { AlignmentNode } from '../../../domain/alignment/alignment-node.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { fieldErrorsOf } from '../../platform/http/problem.js';
import { presentAlignmentNode } from './presenter.js';
import { loadNode, NODE } from './service.js';
import { alignmentNodes } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

async function assertPlacement(tx: Queryable, input: AlignmentNodeCreateInput) {
  let parentLevel: AlignmentLevel | null = null;
  if (input.parentId) {
    const [parent] = await tx.select().from(alignmentNodes).where(eq(alignmentNodes.id, input.parentId));
    if (!parent) {
      throw invalid([{ path: 'parentId', message: { th: 'ไม่พบรายการระดับแม่', en: 'Unknown parent node' } }]);
    }
    if (parent.scheme !== input.scheme || parent.schemeVersion !== input.schemeVersion) {
      throw invalid([
        {
          path: 'parentId',
          message: {
            th: 'ระดับแม่ต้องอยู่ในโครงสร้างและรุ่นเดียวกัน',
            en: 'The parent must be in the same scheme and version',
          },
        },
      ]);
    }
    parentLevel = parent.level;
  }
  const problem = placementProblem(input.scheme, input.level, parentLevel);
  if (problem) {
    throw invalid([{ path: input.parentId ? 'parentId' : 'level', message: problem }]);
  }
}

async function assertCodeFree(
  tx: Queryable,
  scheme: AlignmentScheme,
  schemeVersion: string,
  code: string,
  exceptId?: string,
) {
  const [clash] = await tx
    .select({ id: alignmentNodes.id })
    .from(alignmentNodes)
    .where(
      and(
        eq(alignmentNodes.scheme, scheme),
        eq(alignmentNodes.schemeVersion, schemeVersion),
        eq(alignmentNodes.code, code),
      ),
    );
  if (clash && clash.id !== exceptId) {
    throw conflict({
      th: `รหัส ${code} มีอยู่แล้วในโครงสร้างรุ่นนี้`,
      en: `Code ${code} already exists in this scheme version`,
    });
  }
}

/** Adds a node (administrators); audited. */
export async function createAlignmentNode(
  deps: DatabaseDeps,
  actor: Actor,
  input: AlignmentNodeCreateInput,
): Promise<AlignmentNode> {
  authorize(actor, 'alignment.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await assertPlacement(tx, input);
    await assertCodeFree(tx, input.scheme, input.schemeVersion, input.code);
    const [created] = await tx
      .insert(alignmentNodes)
      .values({
        scheme: input.scheme,
        schemeVersion: input.schemeVersion,
        code: input.code,
        parentId: input.parentId ?? null,
        level: input.level,
        titleTh: input.titleTh,
        titleEn: input.titleEn ?? null,
        isVerified: input.isVerified ?? false,
        source: input.source ?? null,
        sortOrder: input.sortOrder ?? 0,
        isActive: input.isActive ?? true,
      })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'alignment_node',
      entityId: created.id,
      action: 'create',
      after: presentAlignmentNode(created),
    });
    return presentAlignmentNode(created, 0);
  });
}

/** Edits a node's code, titles, verification, source, order or activity (administrators); audited. */
export async function updateAlignmentNode(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<AlignmentNodeUpdateInput, 'version'>,
): Promise<AlignmentNode> {
  authorize(actor, 'alignment.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { node: current, childCount: children } = await loadNode(tx, id);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const { reason, ...changes } = input;
    const merged = alignmentNodeFieldsSchema.safeParse({ ...pickFields(current), ...changes });
    if (!merged.success) {
      throw invalid(fieldErrorsOf(merged.error.issues));
    }
    if (changes.code !== undefined) {
      await assertCodeFree(tx, current.scheme, current.schemeVersion, changes.code, id);
    }
    const [updated] = await tx
      .update(alignmentNodes)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(alignmentNodes.id, id), eq(alignmentNodes.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, alignmentNodes, id, NODE);
    }
    await recordAudit(tx, actor, {
      entityType: 'alignment_node',
      entityId: id,
      action: 'update',
      before: presentAlignmentNode(current),
      after: presentAlignmentNode(updated),
      reason: reason ?? null,
    });
    return presentAlignmentNode(updated, Number(children));
  });
}

function pickFields(node: typeof alignmentNodes.$inferSelect) {
  return {
    code: node.code,
    titleTh: node.titleTh,
    titleEn: node.titleEn,
    isVerified: node.isVerified,
    source: node.source,
    sortOrder: node.sortOrder,
    isActive: node.isActive,
  };
}
