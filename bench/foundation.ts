// Benchmarks for the foundation: area search, province statistics and a scoped list on the embedded
// database, plus village-import throughput. Not a test: prints medians for docs/performance.md.
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../server/db/seed/accounts.js';
import { createTestContext } from '../server/test/harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(name: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  console.info(
    `${name.padEnd(48)} median ${median(times).toFixed(1)} ms  p90 ${times.sort((a, b) => a - b)[Math.floor(times.length * 0.9)]?.toFixed(1)} ms`,
  );
}

const bootStart = performance.now();
const context = await createTestContext();
console.info(
  `boot (migrate + seed 8,455 areas + accounts, in memory): ${(performance.now() - bootStart).toFixed(0)} ms`,
);
const planner = await context.signIn('planner.korat', DEMO_PASSWORD);

const queries = ['เชียง', 'นคร', 'บ้าน', 'chiang', 'ราชสีมา', 'หนองบัว'];
let next = 0;
await measure('GET /areas?q=<Thai or English> (6 queries)', () =>
  planner.request(
    'GET',
    `/api/v1/areas?q=${encodeURIComponent(queries[next++ % queries.length] ?? '')}&limit=20`,
  ),
);
await measure('GET /areas/stats/provinces', () => planner.request('GET', '/api/v1/areas/stats/provinces'));
await measure('GET /areas?parent=30 (districts)', () =>
  planner.request('GET', '/api/v1/areas?parent=30&limit=100'),
);
await measure('GET /agencies (RLS-scoped list)', () => planner.request('GET', '/api/v1/agencies?limit=100'));

const subdistricts = (
  await planner.request('GET', '/api/v1/areas/30/subtree?level=subdistrict&limit=500')
).json() as {
  items: { code: string }[];
};
const lines = ['code,name_th,name_en'];
for (const subdistrict of subdistricts.items) {
  for (let number = 1; number <= 15; number += 1) {
    lines.push(`${subdistrict.code}${String(number).padStart(2, '0')},บ้านทดสอบ ${number},`);
  }
}
const boundary = 'bench-boundary';
const body = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="v.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  ),
  Buffer.from(lines.join('\n')),
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);
const importStart = performance.now();
await planner.request('POST', '/api/v1/areas/imports', {
  body,
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
});
await context.jobs.idle();
const seconds = (performance.now() - importStart) / 1000;
console.info(
  `village import: ${lines.length - 1} rows in ${seconds.toFixed(1)} s (${Math.round((lines.length - 1) / seconds)} rows/s)`,
);
console.info(`memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
await context.close();
