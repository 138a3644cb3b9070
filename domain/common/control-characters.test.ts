import { describe, expect, it } from 'vitest';
import {
  controlCharacterProblems,
  hasControlCharacters,
  withoutControlCharacters,
} from './control-characters.js';

describe('control characters', () => {
  it('finds NUL, other C0 controls and DEL but allows tab and line breaks', () => {
    expect(['a\u0000b', '\u0007', 'x\u001F', '\u007F'].map(hasControlCharacters)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['บ้าน', 'a\tb', 'line\r\nnext', ''].map(hasControlCharacters)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('strips them for storage', () => {
    expect(withoutControlCharacters('บ้าน\u0000หนอง\u0008บัว\n')).toBe('บ้านหนองบัว\n');
  });

  it('names each column that holds one, in Thai and English', () => {
    expect(controlCharacterProblems({ code: '30010101', name_th: 'บ้าน\u0000', name_en: '\u0001' })).toEqual([
      { field: 'name_th', th: expect.stringContaining('name_th'), en: expect.stringContaining('name_th') },
      { field: 'name_en', th: expect.stringContaining('name_en'), en: expect.stringContaining('NUL') },
    ]);
  });
});
