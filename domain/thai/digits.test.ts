import { describe, it, expect } from 'vitest';
import { digits, fromThaiDigits, toThaiDigits } from './digits.js';

describe('Thai digits', () => {
  it('converts all ten digits both ways', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(fromThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('leaves other characters alone', () => {
    expect(toThaiDigits('15 มกราคม 2568')).toBe('๑๕ มกราคม ๒๕๖๘');
    expect(fromThaiDigits('ปี ๒๕๖๘ FY')).toBe('ปี 2568 FY');
  });

  it('writes digits in the style a document asks for', () => {
    expect(digits('ครั้งที่ 2/2568', true)).toBe('ครั้งที่ ๒/๒๕๖๘');
    expect(digits('ครั้งที่ 2/2568', false)).toBe('ครั้งที่ 2/2568');
  });
});
