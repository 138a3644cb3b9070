import { describe, expect, it } from 'vitest';
import { carryOverLimitProblems, type CarryOverBalance } from './carry-over-limit.js';

const balances = new Map<string, CarryOverBalance>([
  ['a', { carriedSatang: 1000n, paidOtherMonthsSatang: 300n }],
  ['b', { carriedSatang: null, paidOtherMonthsSatang: 0n }],
]);
const pay = (rowNumber: number, projectId: string, fiscalMonth: number, disbursedSatang: bigint) => ({
  rowNumber,
  projectId,
  fiscalMonth,
  disbursedSatang,
});

describe('carry-over limit of an import', () => {
  it('passes payments within what was carried, counting months paid outside the file', () => {
    expect(carryOverLimitProblems([pay(2, 'a', 1, 400n), pay(3, 'a', 2, 300n)], balances).size).toBe(0);
  });

  it('refuses the row that goes over, in month order, naming what was left', () => {
    const problems = carryOverLimitProblems([pay(5, 'a', 3, 300n), pay(4, 'a', 1, 500n)], balances);
    expect([...problems.keys()]).toEqual([5]);
    expect(problems.get(5)?.[0]).toMatchObject({ field: 'disbursed' });
    expect(problems.get(5)?.[0]?.en).toContain('(200 satang left)');
  });

  it('refuses carried-over money for a project that carried nothing over, or is unknown', () => {
    const problems = carryOverLimitProblems([pay(2, 'b', 1, 1n), pay(3, 'c', 1, 1n)], balances);
    expect(problems.get(2)?.[0]?.field).toBe('funds');
    expect(problems.get(3)?.[0]?.field).toBe('funds');
  });

  it('lets a refused row not use up the balance of the rows after it', () => {
    const problems = carryOverLimitProblems([pay(2, 'a', 1, 800n), pay(3, 'a', 2, 700n)], balances);
    expect([...problems.keys()]).toEqual([2]);
  });
});
