import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Rule, RuleSet, RuleSetCreateInput } from '../../../domain/projects/rules/rule-set.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { presentRuleSet, presentRuleSetSummary } from './rule-set-presenter.js';
import { ruleSets, rules } from './tables.js';

const RULE_SET = { th: 'ชุดเกณฑ์พิจารณาโครงการ', en: 'Rule set' };

/** Rule sets, newest year and revision first, with their rule counts. */
export async function selectRuleSetSummaries(tx: Queryable, fiscalYear?: number) {
  const rows = await tx
    .select()
    .from(ruleSets)
    .where(fiscalYear === undefined ? undefined : eq(ruleSets.fiscalYear, fiscalYear))
    .orderBy(desc(ruleSets.fiscalYear), desc(ruleSets.revision));
  const counts =
    rows.length === 0
      ? []
      : await tx
          .select({ ruleSetId: rules.ruleSetId, count: sql<number>`count(*)::int` })
          .from(rules)
          .where(
            inArray(
              rules.ruleSetId,
              rows.map((row) => row.id),
            ),
          )
          .groupBy(rules.ruleSetId);
  const countOf = new Map(counts.map((entry) => [entry.ruleSetId, entry.count]));
  return rows.map((row) => presentRuleSetSummary(row, countOf.get(row.id) ?? 0));
}

/** One rule set row (locked for update when asked), or 404. */
export async function loadRuleSetRow(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}) {
  const query = tx.select().from(ruleSets).where(eq(ruleSets.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound(RULE_SET);
  }
  return row;
}

/** A rule set with its rules. */
export async function selectRuleSet(tx: Queryable, id: string): Promise<RuleSet> {
  const row = await loadRuleSetRow(tx, id);
  const ruleRows = await tx.select().from(rules).where(eq(rules.ruleSetId, id)).orderBy(asc(rules.position));
  return presentRuleSet(row, ruleRows);
}

/** The newest published set of a fiscal year: the one projects of that year are judged by. */
export async function selectActiveRuleSet(tx: Queryable, fiscalYear: number): Promise<RuleSet | null> {
  const [row] = await tx
    .select({ id: ruleSets.id })
    .from(ruleSets)
    .where(and(eq(ruleSets.fiscalYear, fiscalYear), eq(ruleSets.status, 'published')))
    .orderBy(desc(ruleSets.revision))
    .limit(1);
  return row ? selectRuleSet(tx, row.id) : null;
}

/** Writes a set's rules in order (the set is a draft; the database refuses otherwise). */
export async function insertRules(tx: Queryable, ruleSetId: string, list: readonly Rule[]) {
  if (list.length > 0) {
    await tx.insert(rules).values(list.map((rule, position) => ({ ruleSetId, position, ...rule })));
  }
}

/** Inserts a new draft revision of a year's series with its rules. */
export async function insertDraftRuleSet(tx: Queryable, userId: string | null, input: RuleSetCreateInput) {
  const [latest] = await tx
    .select({ revision: max(ruleSets.revision) })
    .from(ruleSets)
    .where(eq(ruleSets.fiscalYear, input.fiscalYear));
  const [created] = await tx
    .insert(ruleSets)
    .values({
      fiscalYear: input.fiscalYear,
      revision: (latest?.revision ?? 0) + 1,
      titleTh: input.title.th,
      titleEn: input.title.en,
      note: input.note ?? null,
      createdBy: userId,
    })
    .returning();
  if (!created) {
    throw new Error('insert returned no row');
  }
  await insertRules(tx, created.id, input.rules);
  return created;
}
