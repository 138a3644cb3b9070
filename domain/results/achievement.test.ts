import { describe, expect, it } from 'vitest';
import {
  achievementOf,
  addResult,
  cappedBp,
  MAX_RECORDED_BP,
  percentOf,
  summarizeAchievement,
  toMillionths,
} from './achievement.js';

describe('toMillionths', () => {
  it.each([
    ['0', 0n],
    ['3', 3_000_000n],
    ['12.5', 12_500_000n],
    ['-0.000001', -1n],
    [' 7.25 ', 7_250_000n],
  ])('reads %s exactly', (text, expected) => {
    expect(toMillionths(text)).toBe(expected);
  });

  it.each(['', 'abc', '1.1234567', '1e3', '--1'])('refuses %j', (text) => {
    expect(() => toMillionths(text)).toThrow(RangeError);
  });
});

describe('achievementOf', () => {
  it('divides actual by target when higher is better, without binary fractions', () => {
    expect(achievementOf('0.3', '0.1', 'higher_is_better')).toEqual({ achievementBp: 30000, achieved: true });
    expect(achievementOf('50', '200', 'higher_is_better')).toEqual({ achievementBp: 2500, achieved: false });
    expect(achievementOf('199.99', '200', 'higher_is_better')).toEqual({
      achievementBp: 9999,
      achieved: false,
    });
    expect(achievementOf('200', '200', 'higher_is_better')).toEqual({ achievementBp: 10000, achieved: true });
  });

  it('divides target by actual when lower is better', () => {
    expect(achievementOf('20', '10', 'lower_is_better')).toEqual({ achievementBp: 5000, achieved: false });
    expect(achievementOf('5', '10', 'lower_is_better')).toEqual({ achievementBp: 20000, achieved: true });
    expect(achievementOf('0', '10', 'lower_is_better')).toEqual({ achievementBp: 10000, achieved: true });
  });

  it('treats a zero target as reached or missed, never as a division', () => {
    expect(achievementOf('0', '0', 'higher_is_better')).toEqual({ achievementBp: 10000, achieved: true });
    expect(achievementOf('3', '0', 'lower_is_better')).toEqual({ achievementBp: 0, achieved: false });
    expect(achievementOf('-1', '0', 'higher_is_better')).toEqual({ achievementBp: 0, achieved: false });
  });

  it('never answers a negative achievement', () => {
    expect(achievementOf('-5', '10', 'higher_is_better')).toEqual({ achievementBp: 0, achieved: false });
  });

  it('bounds an actual millions of times its target to what the column stores (the matrix found a 500)', () => {
    expect(achievementOf('999999999999999', '0.000001', 'higher_is_better')).toEqual({
      achievementBp: MAX_RECORDED_BP,
      achieved: true,
    });
    expect(achievementOf('0.000001', '999999999999999', 'lower_is_better').achievementBp).toBe(
      MAX_RECORDED_BP,
    );
    expect(achievementOf('214748', '1', 'higher_is_better').achievementBp).toBe(2_147_480_000);
  });
});

describe('roll-up arithmetic', () => {
  it('caps each result at 100 % so a beaten target does not hide a missed one', () => {
    expect(cappedBp(30000)).toBe(10000);
    expect(cappedBp(-3)).toBe(0);
    const totals = [
      achievementOf('300', '100', 'higher_is_better'),
      achievementOf('0', '100', 'higher_is_better'),
    ].reduce(addResult, { indicators: 0, achieved: 0, achievementBpSum: 0 });
    expect(totals).toEqual({ indicators: 2, achieved: 1, achievementBpSum: 10000 });
    expect(summarizeAchievement(totals)).toEqual({ meanAchievementBp: 5000, achievedShareBp: 5000 });
  });

  it('has no mean for nothing reported', () => {
    expect(summarizeAchievement({ indicators: 0, achieved: 0, achievementBpSum: 0 })).toEqual({
      meanAchievementBp: null,
      achievedShareBp: null,
    });
  });

  it('rounds down, so a share is never claimed higher than it is', () => {
    expect(summarizeAchievement({ indicators: 3, achieved: 2, achievementBpSum: 20001 })).toEqual({
      meanAchievementBp: 6667,
      achievedShareBp: 6666,
    });
  });
});

describe('percentOf', () => {
  it('takes a whole-percent share of a decimal exactly', () => {
    expect(percentOf('2.5', 50)).toBe('1.25');
    expect(percentOf('3', 100)).toBe('3');
    expect(percentOf('0.000003', 50)).toBe('0.000001');
    expect(percentOf('-4', 25)).toBe('-1');
    expect(percentOf('10', 0)).toBe('0');
  });
});
