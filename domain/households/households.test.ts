import { describe, expect, it } from 'vitest';
import { proposalCandidates, suppressedCount } from './counts.js';
import { moveNeedsReason, nextHouseholdStatuses } from './household.js';
import { householdInputSchema, subjectAccessInputSchema } from './household-input.js';
import {
  fakeNationalId,
  formatNationalId,
  initialsOf,
  isValidNationalId,
  maskName,
  maskNationalId,
  nationalIdCheckDigit,
  normaliseNationalId,
} from './national-id.js';
import { erasableBefore, keepPersonalDataUntil } from './retention.js';

describe('national id', () => {
  it('computes the check digit on known vectors', () => {
    // 1-1014-00001-12-? : 1*13+1*12+0*11+1*10+4*9+0+0+0+0+1*4+1*3+2*2 = 82; (11 - 82 % 11) % 10 = 6
    expect(nationalIdCheckDigit('110140000112')).toBe(6);
    expect(isValidNationalId('1101400001126')).toBe(true);
    expect(isValidNationalId('1101400001125')).toBe(false);
    // sum 0 → (11 - 0) % 10 = 1
    expect(nationalIdCheckDigit('000000000000')).toBe(1);
    expect(isValidNationalId('110140000112')).toBe(false);
  });

  it('reads typed ids with dashes and spaces and refuses anything else', () => {
    expect(normaliseNationalId('1-1014-00001-12-6')).toBe('1101400001126');
    expect(normaliseNationalId(' 1101400001126 ')).toBe('1101400001126');
    expect(normaliseNationalId('110140000112')).toBeNull();
    expect(normaliseNationalId('11014000011x6')).toBeNull();
  });

  it('makes demo ids that start with 0 and never pass the check', () => {
    for (let serial = 1; serial < 400; serial += 1) {
      const id = fakeNationalId(serial);
      expect(id).toMatch(/^0\d{12}$/);
      expect(isValidNationalId(id)).toBe(false);
    }
    expect(new Set(Array.from({ length: 300 }, (_, i) => fakeNationalId(i))).size).toBe(300);
  });

  it('formats and masks', () => {
    expect(formatNationalId('1101400001126')).toBe('1-1014-00001-12-6');
    expect(maskNationalId('1126')).toBe('X-XXXX-XXXXX-11-26');
    expect(initialsOf('สมชาย  ใจดี')).toBe('ส ใ');
    expect(maskName('ส ใ')).toBe('ส•••• ใ••••');
  });
});

describe('status moves', () => {
  it('goes identified → helped → out of need, and back into need only with a reason', () => {
    expect(nextHouseholdStatuses('identified')).toEqual(['helped']);
    expect(nextHouseholdStatuses('helped')).toEqual(['out_of_need', 'identified']);
    expect(nextHouseholdStatuses('out_of_need')).toEqual(['identified']);
    expect(moveNeedsReason('helped', 'identified')).toBe(true);
    expect(moveNeedsReason('out_of_need', 'identified')).toBe(true);
    expect(moveNeedsReason('identified', 'helped')).toBe(false);
    expect(moveNeedsReason('helped', 'out_of_need')).toBe(false);
  });
});

describe('retention', () => {
  it('keeps personal data for whole years after the case left need', () => {
    expect(keepPersonalDataUntil('2020-06-15', 5)).toBe('2025-06-15');
    expect(keepPersonalDataUntil('2024-02-29', 1)).toBe('2025-02-28');
    expect(keepPersonalDataUntil('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('erases from the day after the kept-until day, on every day of a leap cycle', () => {
    expect(erasableBefore('2025-03-01', 1)).toBe('2024-03-01');
    expect(erasableBefore('2027-02-28', 1)).toBe('2026-02-28');
    expect(erasableBefore('2028-02-29', 1)).toBe('2027-03-01');
    const day = (offset: number) =>
      new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    for (let leftNeed = 0; leftNeed < 1461; leftNeed += 7) {
      for (const years of [1, 4, 5]) {
        const until = keepPersonalDataUntil(day(leftNeed), years);
        for (const today of [until, day(leftNeed + years * 365 + 2), day(leftNeed + years * 366)]) {
          expect(day(leftNeed) < erasableBefore(today, years)).toBe(today > until);
        }
      }
    }
  });
});

describe('anonymised counts', () => {
  it('hides counts from 1 to 4 and shows zero and five up', () => {
    expect(suppressedCount(0)).toEqual({ count: 0, fewerThan: null });
    expect(suppressedCount(1)).toEqual({ count: null, fewerThan: 5 });
    expect(suppressedCount(4)).toEqual({ count: null, fewerThan: 5 });
    expect(suppressedCount(5)).toEqual({ count: 5, fewerThan: null });
  });

  it('proposes subdistricts at or above the threshold, most households first', () => {
    const rows = [
      { subdistrictCode: '300102', dimension: 'living' as const, households: 9 },
      { subdistrictCode: '300101', dimension: 'living' as const, households: 10 },
      { subdistrictCode: '300103', dimension: 'income' as const, households: 25 },
      { subdistrictCode: '300101', dimension: 'health' as const, households: 10 },
    ];
    expect(proposalCandidates(rows, 10).map((row) => `${row.subdistrictCode}/${row.dimension}`)).toEqual([
      '300103/income',
      '300101/health',
      '300101/living',
    ]);
  });
});

describe('requests', () => {
  const member = { nationalId: '1-1014-00001-12-6', firstName: 'สมชาย', lastName: 'ใจดี', relation: 'head' };
  const base = { areaCode: '300101', shortfalls: ['living'], identifiedOn: '2026-01-10', members: [member] };

  it('accepts a valid case and stores the id as digits', () => {
    const parsed = householdInputSchema.parse(base);
    expect(parsed.members[0]?.nationalId).toBe('1101400001126');
  });

  it('refuses a wrong check digit, a province-level area and a repeated dimension', () => {
    const bad = { ...member, nationalId: '1101400001125' };
    expect(householdInputSchema.safeParse({ ...base, members: [bad] }).success).toBe(false);
    expect(householdInputSchema.safeParse({ ...base, areaCode: '30' }).success).toBe(false);
    expect(householdInputSchema.safeParse({ ...base, shortfalls: ['living', 'living'] }).success).toBe(false);
  });

  it('looks up a subject by any 13 digits (demo ids included) and wants a real reason', () => {
    const demoId = fakeNationalId(7);
    expect(
      subjectAccessInputSchema.safeParse({ nationalId: demoId, reason: 'คำขอตามมาตรา 30' }).success,
    ).toBe(true);
    expect(subjectAccessInputSchema.safeParse({ nationalId: demoId, reason: 'ขอ' }).success).toBe(false);
  });
});
