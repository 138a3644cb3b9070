import { describe, it, expect } from 'vitest';
import { bangkokMidnight, pad2, toBangkokIsoDate, toBangkokParts } from './bangkok-time.js';

describe('toBangkokParts', () => {
  it('shifts UTC evening into the next Bangkok day', () => {
    expect(toBangkokParts(new Date('2025-09-30T18:00:00Z'))).toEqual({
      year: 2025,
      month: 10,
      day: 1,
      hour: 1,
      minute: 0,
    });
  });

  it('keeps the same day just before Bangkok midnight', () => {
    expect(toBangkokParts(new Date('2025-09-30T16:59:59Z'))).toMatchObject({ month: 9, day: 30, hour: 23 });
  });

  it('rejects an invalid Date', () => {
    expect(() => toBangkokParts(new Date('nope'))).toThrow(RangeError);
  });
});

describe('bangkokMidnight', () => {
  it('is 17:00Z of the previous UTC day', () => {
    expect(bangkokMidnight(2025, 10, 1).toISOString()).toBe('2025-09-30T17:00:00.000Z');
  });

  it('does not remap two-digit years', () => {
    expect(toBangkokParts(bangkokMidnight(45, 1, 1)).year).toBe(45);
  });
});

describe('toBangkokIsoDate / pad2', () => {
  it('formats the Bangkok calendar date', () => {
    expect(toBangkokIsoDate(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
    expect(toBangkokIsoDate(new Date('2026-09-30T16:59:59.999Z'))).toBe('2026-09-30');
    expect(pad2(5)).toBe('05');
  });
});
