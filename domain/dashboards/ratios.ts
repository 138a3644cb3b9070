/** Basis points (1 % = 100) of a part of a whole, rounded down; null when there is no whole. */
export function shareBp(part: bigint | number, whole: bigint | number): number | null {
  const base = BigInt(whole);
  if (base <= 0n) {
    return null;
  }
  return Number((BigInt(part) * 10_000n) / base);
}

/** A basis-point share as a percent with two decimals for display ("12.34"), or "—". */
export function bpText(bp: number | null): string {
  if (bp === null) {
    return '—';
  }
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
