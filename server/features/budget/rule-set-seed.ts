import { eq } from 'drizzle-orm';
import {
  DEFAULT_RULE_SET_2568,
  DEFAULT_RULE_SET_2569,
} from '../../../domain/projects/rules/default-rules.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { insertDraftRuleSet } from './rule-set-store.js';
import { ruleSets } from './tables.js';

/** Publishes the default FY2568 and FY2569 rule sets on an installation that has none for the year. */
export async function seedDefaultRuleSets(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    for (const input of [DEFAULT_RULE_SET_2568, DEFAULT_RULE_SET_2569]) {
      const [present] = await tx
        .select({ id: ruleSets.id })
        .from(ruleSets)
        .where(eq(ruleSets.fiscalYear, input.fiscalYear));
      if (present) {
        continue;
      }
      const created = await insertDraftRuleSet(tx, null, input);
      await tx
        .update(ruleSets)
        .set({ status: 'published', publishedAt: new Date() })
        .where(eq(ruleSets.id, created.id));
      await recordAudit(tx, null, {
        entityType: 'rule_set',
        entityId: created.id,
        action: 'seed',
        actorName: 'system',
        changes: { status: [null, 'published'] },
      });
    }
  });
}
