import { describe, expect, it } from 'vitest';
import { areaCodeSchema, isWithin, levelOfCode, parentCodeOf, provinceCodeOf } from './area-code.js';

describe('DOPA area codes', () => {
  it.each([
    ['50', 'province'],
    ['5001', 'district'],
    ['500101', 'subdistrict'],
    ['50010621', 'village'],
  ])('%s is a %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(['5', '500', '5001012', 'ab', '', '500101011'])('rejects %j', (code) => {
    expect(levelOfCode(code)).toBeNull();
    expect(areaCodeSchema.safeParse(code).success).toBe(false);
  });

  it('walks up the tree', () => {
    expect(parentCodeOf('50010621')).toBe('500106');
    expect(parentCodeOf('5001')).toBe('50');
    expect(parentCodeOf('50')).toBeNull();
    expect(provinceCodeOf('300101')).toBe('30');
  });

  it('tests ancestry by prefix', () => {
    expect(isWithin('50010621', '50')).toBe(true);
    expect(isWithin('5001', '5001')).toBe(true);
    expect(isWithin('5101', '50')).toBe(false);
  });
});
