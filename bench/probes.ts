// One-off probes of the bench: export peak memory and the plans behind Thai search.
import { sql } from 'drizzle-orm';
import { toSearchQuery } from '../domain/thai/index.js';
import { selectRows, type Database } from '../server/platform/db/client.js';
import type { BenchClient } from './app-context.js';

/** Peak resident memory of this process while the planner exports the province's needs. */
export async function exportPeakRss(planner: BenchClient): Promise<string> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const response = await planner.get('/api/v1/needs/export');
  clearInterval(sampler);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `export of the planner's province: ${mib(response.rawPayload.length)} MiB xlsx in ${((performance.now() - started) / 1000).toFixed(1)} s, process RSS ${mib(before)} → peak ${mib(peak)} MiB (goal ≤ 300 MiB)`;
}

/** EXPLAIN ANALYZE of the national text match (as need_text_match_ids runs it) for two queries. */
export async function searchPlans(database: Database): Promise<string> {
  const parts: string[] = [];
  for (const q of ['ขาดแคลนน้ำ', 'ฟหกดเฟหก']) {
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.scope_all_view', 'on', true)`);
      return selectRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`explain (analyze, costs off) select id from needs
          where (app_scope_all('view') or province_code = any (app_provinces('view')))
            and ((search_tokens @@ to_tsquery('simple', ${toSearchQuery(q)}))
              or (title || ' ' || description) ilike ${`%${q}%`} or reference_no = ${q.toUpperCase()})
          limit 5001`,
      );
    });
    parts.push(
      `Plan of the text match for "${q}" (national):\n\n    ${plan.map((row) => row['QUERY PLAN']).join('\n    ')}`,
    );
  }
  return parts.join('\n\n');
}
