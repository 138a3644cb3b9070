// One-off probes of the bench: export peak memory and the plans behind Thai search.
import { sql } from 'drizzle-orm';
import { toSearchQuery } from '../domain/thai/index.js';
import { selectRows, type Database } from '../server/platform/db/client.js';
import type { BenchClient } from './app-context.js';

/** Peak resident memory of this process while the planner exports the province's needs, absolute and as growth. */
export async function exportPeakRss(planner: BenchClient): Promise<string> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const response = await planner.get('/api/v1/needs/export');
  clearInterval(sampler);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `export of the planner's province: ${mib(response.rawPayload.length)} MiB xlsx in ${((performance.now() - started) / 1000).toFixed(1)} s, process RSS ${mib(before)} → peak ${mib(peak)} MiB (+${mib(peak - before)} MiB for the export; goal: peak ≤ 300 MB for the process)`;
}

const matches = (q: string) =>
  sql`((search_tokens @@ to_tsquery('simple', ${toSearchQuery(q)}))
    or (title || ' ' || description) ilike ${`%${q}%`} or reference_no = ${q.toUpperCase()})`;

/** EXPLAIN ANALYZE of the two statements need_text_match_ids runs for a national reader. */
export async function searchPlans(database: Database): Promise<string> {
  const statements = [
    {
      title: 'probe of the newest 5,000 needs for a common word "ขาดแคลนน้ำ"',
      query: sql`select id from (select id, search_tokens, title, description, reference_no from needs
        order by created_at desc, reference_no desc limit 5000) newest where ${matches('ขาดแคลนน้ำ')} limit 1001`,
    },
    {
      title: 'index search for a rare word "ฟหกดเฟหก" (after an empty probe)',
      query: sql`select id from needs where ${matches('ฟหกดเฟหก')} limit 1001`,
    },
  ];
  const parts: string[] = [];
  for (const statement of statements) {
    const plan = await selectRows<{ 'QUERY PLAN': string }>(
      database.db,
      sql`explain (analyze, costs off) ${statement.query}`,
    );
    parts.push(
      `Plan of the ${statement.title}:\n\n    ${plan.map((row) => row['QUERY PLAN']).join('\n    ')}`,
    );
  }
  return parts.join('\n\n');
}
