// Timing helpers for the benchmarks: percentiles over rounds and a side-by-side table.
import { performance } from 'node:perf_hooks';

export type Timing = { p50: number; p95: number };

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? Number.NaN;
}

/** p50/p95 of `rounds` runs after one warm-up. */
export async function time(rounds: number, run: (round: number) => Promise<unknown>): Promise<Timing> {
  await run(-1);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await run(round);
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/**
 * p50/p95 of two runs timed in alternation (a, b, a, b, …) after one warm-up each, so that on a
 * shared machine both see the same load from moment to moment and their ratio means something.
 */
export async function timePair(
  rounds: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[Timing, Timing]> {
  await first();
  await second();
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, run] of [first, second].entries()) {
      const start = performance.now();
      await run();
      times[index]?.push(performance.now() - start);
    }
  }
  const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) });
  return [summary(times[0]), summary(times[1])];
}

export type Row = { name: string; api: Timing; counterpart?: Timing; goal?: number };

const ms = (value: number) => value.toFixed(1).padStart(8);

/** The results as a Markdown table: API p50/p95, the counterpart's, the ratio of p95s, and the goal. */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| Measurement | API p50 ms | API p95 ms | raw SQL p50 ms | raw SQL p95 ms | p95 ratio | goal p95 ms | holds |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const ratio = row.counterpart ? row.api.p95 / row.counterpart.p95 : undefined;
    const holds =
      row.goal === undefined
        ? ''
        : row.api.p95 <= row.goal && (ratio === undefined || ratio <= 1.5)
          ? 'yes'
          : 'no';
    lines.push(
      `| ${row.name} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${row.counterpart ? ms(row.counterpart.p50) : ''} | ${row.counterpart ? ms(row.counterpart.p95) : ''} | ${ratio === undefined ? '' : ratio.toFixed(2)} | ${row.goal ?? ''} | ${holds} |`,
    );
  }
  return lines.join('\n');
}
