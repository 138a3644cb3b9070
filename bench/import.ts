// Import benchmark: a 10,000-row village XLSX read (worker thread, streamed) and validated, then the
// whole import job while /api/health is polled, to show the server keeps answering. Not a test:
// prints figures for docs/performance.md. PGlite in memory by default; PostgreSQL when
// TEST_DATABASE_URL is set. `npx tsx bench/import.ts [rows]`
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { validateVillageRows } from '../domain/areas/village-import.js';
import { VILLAGE_IMPORT_JOB } from '../server/features/areas/village-import.js';
import { users } from '../server/platform/auth/tables.js';
import { selectRows } from '../server/platform/db/client.js';
import { readSheetRecords, rowsUnderHeader } from '../server/platform/files/sheet.js';
import { jobs, storedFiles } from '../server/platform/jobs/tables.js';
import { createTestContext } from '../server/test/harness.js';

// Node 24 has it; the installed @types/node does not declare it yet.
const mainThread = process as NodeJS.Process & {
  threadCpuUsage(previous?: NodeJS.CpuUsage): NodeJS.CpuUsage;
};
const ROWS = Number(process.argv[2] ?? 10_000);
const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;

const context = await createTestContext();
const db = context.database.db;
const subdistricts = (
  await selectRows<{ code: string }>(
    db,
    sql`select code from areas where level = 'subdistrict' and province_code = '30' and (valid_to is null or valid_to >= current_date) order by code`,
  )
).map((row) => row.code);
const perSubdistrict = Math.ceil(ROWS / subdistricts.length);

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('หมู่บ้าน');
sheet.addRow(['code', 'name_th', 'name_en']);
for (let index = 0; index < ROWS; index += 1) {
  const subdistrict = subdistricts[Math.floor(index / perSubdistrict)] ?? '';
  const number = String((index % perSubdistrict) + 1).padStart(2, '0');
  sheet.addRow([`${subdistrict}${number}`, `บ้านทดสอบ ${index + 1}`, `Ban Test ${index + 1}`]);
}
const content = Buffer.from(await workbook.xlsx.writeBuffer());

const readStart = performance.now();
const rows = rowsUnderHeader(await readSheetRecords('villages.xlsx', content));
const readMs = performance.now() - readStart;
const verdicts = validateVillageRows(
  rows.map((row) => ({
    rowNumber: row.rowNumber,
    code: row.values.code ?? '',
    nameTh: row.values.name_th ?? '',
    nameEn: row.values.name_en ?? '',
  })),
  { subdistricts: new Set(subdistricts), canCapture: () => true },
);
const validateMs = performance.now() - readStart - readMs;
const bad = verdicts.filter((verdict) => verdict.problems.length > 0).length;

const [planner] = await db.select().from(users).where(eq(users.username, 'planner.korat'));
const [file] = await db
  .insert(storedFiles)
  .values({ fileName: 'villages.xlsx', mimeType: 'application/xlsx', sizeBytes: content.length, content })
  .returning();
const job = await context.jobs.enqueue(db, {
  kind: VILLAGE_IMPORT_JOB,
  input: { fileId: file?.id },
  createdBy: planner?.id ?? null,
  provinceCode: '30',
});
const importStart = performance.now();
const cpuStart = mainThread.threadCpuUsage();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
context.jobs.wake();
const latencies: number[] = [];
let running = true;
const done = context.jobs.idle().then(() => {
  running = false;
});
while (running) {
  const start = performance.now();
  const response = await context.app.inject({ method: 'GET', url: '/api/health' });
  latencies.push(performance.now() - start);
  if (response.statusCode !== 200) {
    console.warn(`health answered ${response.statusCode}`);
  }
  await sleep(20);
}
await done;
const importMs = performance.now() - importStart;
loopDelay.disable();
const cpu = mainThread.threadCpuUsage(cpuStart);
const [finished] = await db.select().from(jobs).where(eq(jobs.id, job.id));
latencies.sort((a, b) => a - b);

console.info(`engine ${context.database.kind}, ${ROWS} rows, XLSX ${(content.length / 1024).toFixed(0)} KiB`);
console.info(
  `read (worker, streamed) ${readMs.toFixed(0)} ms, validate ${validateMs.toFixed(0)} ms, bad rows ${bad}`,
);
console.info(
  `import job ${finished?.status} in ${importMs.toFixed(0)} ms: ${JSON.stringify(finished?.result)}`,
);
console.info(
  `/api/health during the import: ${latencies.length} requests, median ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms`,
);
// Main-thread CPU and event-loop delay: what the import costs the thread that answers requests
// (the CPU figure does not depend on how busy the machine is; the delay does).
console.info(
  `main thread during the import: CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ` +
    `event-loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms`,
);
console.info(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
await context.close();
