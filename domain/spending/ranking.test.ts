import { describe, expect, it } from 'vitest';
import { rankUnits, type RankingUnit } from './ranking.js';

const unit = (code: string, allocation: bigint, disbursed: bigint): RankingUnit => ({
  code,
  nameTh: `จังหวัด ${code}`,
  nameEn: null,
  allocationSatang: allocation,
  disbursedSatang: disbursed,
});

describe('rankUnits', () => {
  it('ranks by disbursed percent, highest first, with the gap to the target', () => {
    const rows = rankUnits([unit('10', 1000n, 500n), unit('20', 1000n, 800n), unit('30', 3n, 1n)], 60);
    expect(rows.map((row) => [row.code, row.rank, row.disbursedPct, row.gapPoints, row.meetsTarget])).toEqual(
      [
        ['20', 1, 80, 20, true],
        ['10', 2, 50, -10, false],
        ['30', 3, 33.33, -26.67, false],
      ],
    );
  });

  it('gives equal percents the same rank and lists them by code', () => {
    const rows = rankUnits(
      [unit('40', 200n, 100n), unit('12', 100n, 50n), unit('90', 100n, 90n), unit('50', 10n, 1n)],
      null,
    );
    expect(rows.map((row) => [row.code, row.rank])).toEqual([
      ['90', 1],
      ['12', 2],
      ['40', 2],
      ['50', 4],
    ]);
    expect(rows.every((row) => row.gapPoints === null && row.meetsTarget === null)).toBe(true);
  });

  it('counts a unit without allocation as 0 % rather than failing', () => {
    expect(rankUnits([unit('10', 0n, 0n)], 33)[0]).toMatchObject({ disbursedPct: 0, gapPoints: -33 });
  });
});
