// One-off probe of the bench: the plans behind Thai search.
import { sql } from 'drizzle-orm';
import { toSearchQuery } from '../domain/thai/index.js';
import { selectRows, type Database } from '../server/platform/db/client.js';

const matches = (q: string) =>
  sql`((search_tokens @@ to_tsquery('simple', ${toSearchQuery(q)}))
    or (title || ' ' || description) ilike ${`%${q}%`} or reference_no = ${q.toUpperCase()})`;

/** EXPLAIN ANALYZE of the statements need_text_match_ids runs for a national reader. */
export async function searchPlans(database: Database): Promise<string> {
  // need_text_match_ids reads the window's bound into a variable first, so its probe is planned for it.
  const [bound] = await selectRows<{ oldest: string }>(
    database.db,
    sql`select created_at::text as oldest from needs order by created_at desc, reference_no desc offset 8999 limit 1`,
  );
  const statements = [
    {
      title:
        'second probe (9,000 newest needs, from the oldest row of that window on; words only) for a common word "ขาดแคลนน้ำ"',
      query: sql`select id from (select id, search_tokens, title, description, reference_no from needs
        where created_at >= ${bound?.oldest ?? '-infinity'}::timestamptz offset 0) newest where search_tokens @@ to_tsquery('simple', ${toSearchQuery('ขาดแคลนน้ำ')}) limit 1001`,
    },
    {
      title:
        'ranked index search for a place name "โพธิ์กลาง" (the ids best first, as need_text_match_ids ranks them)',
      query: sql`select array_agg(id order by ts_rank(search_tokens, to_tsquery('simple', ${toSearchQuery('โพธิ์กลาง')})) desc,
        similarity(title, 'โพธิ์กลาง') desc, id) from (select id, search_tokens, title from needs
        where ${matches('โพธิ์กลาง')} limit 1001) matched`,
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
