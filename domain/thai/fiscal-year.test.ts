import { describe, it, expect } from 'vitest';
import {
  fiscalMonthOf,
  fiscalQuarterLastDay,
  fiscalQuarterOf,
  fiscalYearOf,
  fiscalYearRange,
  isValidFiscalYear,
  toBuddhistYear,
  toGregorianYear,
} from './fiscal-year.js';

describe('BE conversion', () => {
  it('adds/subtracts 543', () => {
    expect(toBuddhistYear(2025)).toBe(2568);
    expect(toGregorianYear(2569)).toBe(2026);
  });
});

describe('isValidFiscalYear', () => {
  it('accepts integers in 2500..2700 only', () => {
    expect(isValidFiscalYear(2569)).toBe(true);
    expect(isValidFiscalYear(2500)).toBe(true);
    expect(isValidFiscalYear(2700)).toBe(true);
    expect(isValidFiscalYear(2499)).toBe(false);
    expect(isValidFiscalYear(2701)).toBe(false);
    expect(isValidFiscalYear(2569.5)).toBe(false);
    expect(isValidFiscalYear(Number.NaN)).toBe(false);
  });
});

describe('fiscalYearOf', () => {
  it('uses the Bangkok date, not the UTC date', () => {
    expect(fiscalYearOf(new Date('2025-09-30T18:00:00Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2025-09-30T16:59:59Z'))).toBe(2568);
  });

  it('maps 2026-11-25 to FY2570 and 30 Sep 2026 to FY2569', () => {
    expect(fiscalYearOf(new Date('2026-11-25T05:00:00Z'))).toBe(2570);
    expect(fiscalYearOf(new Date('2026-09-30T12:00:00Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-01-01T00:00:00Z'))).toBe(2569);
  });
});

describe('fiscalYearRange', () => {
  it('FY2569 = 1 Oct 2025 – 30 Sep 2026', () => {
    const r = fiscalYearRange(2569);
    expect(r.start.toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(r.lastDay).toBe('2026-09-30');
  });

  it('FY2570 = 1 Oct 2026 – 30 Sep 2027', () => {
    const r = fiscalYearRange(2570);
    expect(r.start.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(r.end.toISOString()).toBe('2027-09-30T17:00:00.000Z');
    expect(r.lastDay).toBe('2027-09-30');
  });

  it('round-trips with fiscalYearOf at both edges', () => {
    const r = fiscalYearRange(2570);
    expect(fiscalYearOf(r.start)).toBe(2570);
    expect(fiscalYearOf(new Date(r.end.getTime() - 1))).toBe(2570);
    expect(fiscalYearOf(r.end)).toBe(2571);
  });

  it('rejects invalid years', () => {
    expect(() => fiscalYearRange(2026)).toThrow(RangeError);
    expect(() => fiscalYearRange(2569.5)).toThrow(RangeError);
  });
});

describe('fiscal quarter and month', () => {
  it('2026-11-25 is Q1, month 2', () => {
    const d = new Date('2026-11-25T05:00:00Z');
    expect(fiscalQuarterOf(d)).toBe(1);
    expect(fiscalMonthOf(d)).toBe(2);
  });

  it.each([
    ['2025-10-01T00:00:00+07:00', 1, 1],
    ['2025-12-31T23:59:00+07:00', 1, 3],
    ['2026-01-01T00:00:00+07:00', 2, 4],
    ['2026-03-31T12:00:00+07:00', 2, 6],
    ['2026-04-01T12:00:00+07:00', 3, 7],
    ['2026-06-30T12:00:00+07:00', 3, 9],
    ['2026-07-01T12:00:00+07:00', 4, 10],
    ['2026-09-30T23:59:59+07:00', 4, 12],
  ])('%s → Q%i month %i', (iso, quarter, month) => {
    expect(fiscalQuarterOf(new Date(iso))).toBe(quarter);
    expect(fiscalMonthOf(new Date(iso))).toBe(month);
  });
});

describe('fiscalQuarterLastDay', () => {
  it.each([
    [2568, 1, '2024-12-31'],
    [2568, 2, '2025-03-31'],
    [2568, 3, '2025-06-30'],
    [2568, 4, '2025-09-30'],
    [2570, 1, '2026-12-31'],
  ])('FY%i Q%i ends %s', (year, quarter, lastDay) => {
    expect(fiscalQuarterLastDay(year, quarter)).toBe(lastDay);
  });

  it('ends Q4 on the fiscal year’s last day and Q1 inside the year', () => {
    expect(fiscalQuarterLastDay(2569, 4)).toBe(fiscalYearRange(2569).lastDay);
    expect(fiscalYearOf(new Date(`${fiscalQuarterLastDay(2569, 1)}T12:00:00+07:00`))).toBe(2569);
  });

  it.each([
    [2569, 0],
    [2569, 5],
    [2569, 1.5],
    [2026, 1],
  ])('rejects FY%s Q%s', (year, quarter) => {
    expect(() => fiscalQuarterLastDay(year, quarter)).toThrow(RangeError);
  });
});
