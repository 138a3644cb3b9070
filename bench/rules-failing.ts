// npx tsx bench/rules-failing.ts [rounds]: the planner home's "rules failing" count and the first page
// of its list (DATABASE_URL, else the PGlite directory) from the stored verdicts, against judging every
// candidate project on each read as before (load the province-year's gated projects, evaluateProject
// on each: N + 1 reads), timed in alternation; then the settle after a rule set publication (every
// verdict of the year stale at once), the one read that pays for judging them all.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { RULE_GATED_STATUSES } from '../domain/dashboards/rules-failing.js';
import { blockingFailures } from '../domain/projects/rules/evaluate.js';
import { inActorReadTransaction } from '../server/platform/db/transaction.js';
import { evaluateProject } from '../server/features/budget/rule-results.js';
import { settleRuleVerdicts } from '../server/features/budget/public.js';
import { listProjectsFor, loadProjectsByIds } from '../server/features/projects/public.js';
import { openBenchApp } from './app-context.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { plannerActor } from './list-statements.js';
import { time, timePair } from './measure.js';

const rounds = Number(process.argv[2] ?? 20);
const fiscalYear = Number(process.argv[3] ?? 2569);
const bench = await openBenchApp();
const planner = await bench.signIn('planner.korat');
const where = { provinceCode: BENCH_PROVINCE, fiscalYear, statuses: RULE_GATED_STATUSES };
const settleWhere = { owner: { provinceCode: BENCH_PROVINCE }, fiscalYear, statuses: RULE_GATED_STATUSES };

/** The former count: every gated project of the province-year judged on read. */
const judgedOnRead = () =>
  inActorReadTransaction(bench.database, plannerActor, async (tx) => {
    const candidates = (await listProjectsFor(tx, plannerActor, where)).filter((project) =>
      (RULE_GATED_STATUSES as readonly string[]).includes(project.status),
    );
    let failing = 0;
    for (const project of await loadProjectsByIds(
      tx,
      plannerActor,
      candidates.map((c) => c.id),
    )) {
      failing += blockingFailures((await evaluateProject(tx, project)).results).length > 0 ? 1 : 0;
    }
    return { candidates: candidates.length, failing };
  });

const stale = () =>
  bench.database.db.execute(
    sql`update project_rule_verdicts set generation = generation + 1
      where province_code = ${BENCH_PROVINCE} and fiscal_year = ${fiscalYear}`,
  );
const settleStart = performance.now();
await stale();
await settleRuleVerdicts(bench.database, plannerActor, settleWhere);
const settleAll = performance.now() - settleStart;

const before = await judgedOnRead();
const home = `/api/v1/dashboards/home?fiscalYear=${fiscalYear}`;
const list = `/api/v1/dashboards/rules-failing?fiscalYear=${fiscalYear}&provinceCode=${BENCH_PROVINCE}&limit=50`;
const stored = JSON.parse((await planner.get(home)).body) as { items: { key: string; count: number }[] };
const count = stored.items.find((item) => item.key === 'rulesFailing')?.count;
const [former, settled] = await timePair(rounds, judgedOnRead, () =>
  settleRuleVerdicts(bench.database, plannerActor, settleWhere),
);
const [homeApi, listApi] = await timePair(
  rounds,
  () => planner.get(home),
  () => planner.get(list),
);
const oneStale = await time(rounds, async () => {
  await bench.database.db.execute(
    sql`update project_rule_verdicts set generation = generation + 1 where project_id =
      (select project_id from project_rule_verdicts where province_code = ${BENCH_PROVINCE}
        and fiscal_year = ${fiscalYear} order by code limit 1)`,
  );
  await planner.get(home);
});
const ms = (value: number) => value.toFixed(1);
console.info(
  `engine ${bench.database.kind}, FY${fiscalYear}, province ${BENCH_PROVINCE}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.info(
  `gated candidates ${before.candidates}, failing judged on read ${before.failing}, stored count ${count}`,
);
console.info(`former count (judge every candidate)  p50 ${ms(former.p50)} ms  p95 ${ms(former.p95)} ms`);
console.info(`settle with nothing stale (1 look-up) p50 ${ms(settled.p50)} ms  p95 ${ms(settled.p95)} ms`);
console.info(`GET home (count from the roll-up)      p50 ${ms(homeApi.p50)} ms  p95 ${ms(homeApi.p95)} ms`);
console.info(`GET rules-failing first page of 50     p50 ${ms(listApi.p50)} ms  p95 ${ms(listApi.p95)} ms`);
console.info(`GET home after one project's write     p50 ${ms(oneStale.p50)} ms  p95 ${ms(oneStale.p95)} ms`);
console.info(
  `settle after a rule set publication (the ${before.candidates} gated of the year stale): ${ms(settleAll)} ms`,
);
process.exit(0);
