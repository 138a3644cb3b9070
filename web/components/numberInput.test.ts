import { describe, expect, it } from 'vitest';
import { groupedNumber, plainNumber } from './numberInput.js';

describe('number inputs with thousands separators', () => {
  it('groups the whole part and keeps the typed decimals', () => {
    expect(groupedNumber('1234567')).toBe('1,234,567');
    expect(groupedNumber('1234567.5')).toBe('1,234,567.5');
    expect(groupedNumber('1234.')).toBe('1,234.');
    expect(groupedNumber('-25000')).toBe('-25,000');
    expect(groupedNumber(undefined)).toBe('');
  });

  it('reads back what it shows, and Thai digits', () => {
    expect(plainNumber('1,234,567.5')).toBe('1234567.5');
    expect(plainNumber('๑,๒๓๔')).toBe('1234');
    expect(plainNumber(groupedNumber('98765432.10'))).toBe('98765432.10');
  });
});
