// The bench's actors and the raw SQL of the needs list (page and count), shared by the bench and
// the CPU split.
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../domain/auth/policy.js';
import { BENCH_PROVINCE } from './generate/constants.js';

export const plannerActor: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  roles: ['provincial_planner'],
  captureScope: { all: false, areaCodes: [BENCH_PROVINCE] },
  viewScope: { all: false, areaCodes: [BENCH_PROVINCE] },
};
export const analystActor: Actor = {
  ...plannerActor,
  roles: ['central_analyst'],
  viewScope: { all: true, areaCodes: [] },
};

/** The list's page of 50 (+1 to know there is more), newest first, after a cursor key if given. */
export const needsPage = (where: SQL, after?: { at: string; ref: string }) =>
  sql`select n.*, a.name_th as area_name_th, d.name_th as dimension_name_th from needs n
    left join areas a on a.code = n.area_code left join need_dimensions d on d.id = n.dimension_id
    where ${where} ${after ? sql`and (n.created_at, n.reference_no) < (${after.at}::timestamptz, ${after.ref})` : sql``}
    order by n.created_at desc, n.reference_no desc limit 51`;
/** The list's count, from the roll-ups. */
export const rollupCount = (where: SQL) =>
  sql`select coalesce(sum(needs), 0)::int from need_rollups where kind = 'status' and ${where}`;

export const provinceWhere = sql`n.province_code = ${BENCH_PROVINCE}`;
export const provinceCount = rollupCount(sql`scope_level = 2 and scope_code = ${BENCH_PROVINCE}`);
/** The planner's first page and its count. */
export const plannerPage = [needsPage(provinceWhere), provinceCount];
