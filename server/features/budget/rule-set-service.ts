import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type {
  RuleSet,
  RuleSetCreateInput,
  RuleSetSummary,
  RuleSetUpdateInput,
} from '../../../domain/projects/rules/rule-set.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, staleVersion } from '../../platform/http/errors.js';
import {
  insertDraftRuleSet,
  insertRules,
  loadRuleSetRow,
  selectRuleSet,
  selectRuleSetSummaries,
} from './rule-set-store.js';
import { ruleSets, rules } from './tables.js';

/** Rule sets of every year (or one), newest first. */
export async function listRuleSets(
  deps: DatabaseDeps,
  actor: Actor,
  fiscalYear?: number,
): Promise<RuleSetSummary[]> {
  authorize(actor, 'budget.read');
  return inActorTransaction(deps.database, actor, (tx) => selectRuleSetSummaries(tx, fiscalYear));
}

/** One rule set with its rules. */
export async function getRuleSet(deps: DatabaseDeps, actor: Actor, id: string): Promise<RuleSet> {
  authorize(actor, 'budget.read');
  return inActorTransaction(deps.database, actor, (tx) => selectRuleSet(tx, id));
}

async function assertNoDraft(tx: Queryable, fiscalYear: number) {
  const [draft] = await tx
    .select({ revision: ruleSets.revision })
    .from(ruleSets)
    .where(and(eq(ruleSets.fiscalYear, fiscalYear), eq(ruleSets.status, 'draft')));
  if (draft) {
    throw conflict({
      th: `ปีงบประมาณ ${fiscalYear} มีชุดเกณฑ์ฉบับร่าง (ฉบับที่ ${draft.revision}) อยู่แล้ว ให้แก้ไขหรือประกาศใช้ฉบับนั้นก่อน`,
      en: `FY${fiscalYear} already has a draft rule set (revision ${draft.revision}); edit or publish it first`,
    });
  }
}

async function createDraft(tx: Queryable, actor: Actor, input: RuleSetCreateInput, basedOn: string | null) {
  await assertNoDraft(tx, input.fiscalYear);
  const created = await insertDraftRuleSet(tx, actor.userId, input);
  const result = await selectRuleSet(tx, created.id);
  await recordAudit(tx, actor, {
    entityType: 'rule_set',
    entityId: created.id,
    action: basedOn ? 'revise' : 'create',
    after: { ...result, basedOn },
  });
  return result;
}

/** Starts a draft rule set for a fiscal year (administrators). */
export async function createRuleSet(
  deps: DatabaseDeps,
  actor: Actor,
  input: RuleSetCreateInput,
): Promise<RuleSet> {
  authorize(actor, 'budget.configure');
  return inActorTransaction(deps.database, actor, (tx) => createDraft(tx, actor, input, null));
}

/** Starts the next draft revision of a year's rules as a copy of a set (administrators). */
export async function reviseRuleSet(deps: DatabaseDeps, actor: Actor, id: string): Promise<RuleSet> {
  authorize(actor, 'budget.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const source = await selectRuleSet(tx, id);
    const { fiscalYear, title, note, rules: sourceRules } = source;
    return createDraft(tx, actor, { fiscalYear, title, note, rules: sourceRules }, source.id);
  });
}

const immutable = () =>
  conflict({
    th: 'ชุดเกณฑ์ที่ประกาศใช้แล้วแก้ไขไม่ได้ ให้สร้างฉบับปรับปรุงใหม่',
    en: 'A published rule set cannot change; start a new revision instead',
  });

async function loadDraftForWrite(tx: Queryable, id: string, expected: number) {
  const row = await loadRuleSetRow(tx, id, { forUpdate: true });
  if (row.status !== 'draft') {
    throw immutable();
  }
  if (row.version !== expected) {
    throw staleVersion(row.version);
  }
  return row;
}

/** Replaces a draft set's title, note and rules (administrators, If-Match); audited. */
export async function updateRuleSet(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: RuleSetUpdateInput,
): Promise<RuleSet> {
  authorize(actor, 'budget.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadDraftForWrite(tx, id, expected);
    const before = await selectRuleSet(tx, id);
    await tx.delete(rules).where(eq(rules.ruleSetId, id));
    await insertRules(tx, id, input.rules);
    await tx
      .update(ruleSets)
      .set({
        titleTh: input.title.th,
        titleEn: input.title.en,
        note: input.note ?? null,
        version: expected + 1,
        updatedAt: new Date(),
      })
      .where(eq(ruleSets.id, id));
    const after = await selectRuleSet(tx, id);
    await recordAudit(tx, actor, { entityType: 'rule_set', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Publishes a draft set: from now on it judges its year's projects and never changes. */
export async function publishRuleSet(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
): Promise<RuleSet> {
  authorize(actor, 'budget.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadDraftForWrite(tx, id, expected);
    await tx
      .update(ruleSets)
      .set({
        status: 'published',
        publishedAt: new Date(),
        publishedBy: actor.userId,
        version: expected + 1,
        updatedAt: new Date(),
      })
      .where(eq(ruleSets.id, id));
    const after = await selectRuleSet(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'rule_set',
      entityId: id,
      action: 'publish',
      changes: { status: ['draft', 'published'] },
    });
    return after;
  });
}
