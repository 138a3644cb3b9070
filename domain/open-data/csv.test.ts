import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from './csv.js';

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and keeps Thai intact through bytes', () => {
    const csv = toCsv(['title'], [{ title: 'ก่อสร้างถนนคอนกรีต บ้านหนองบัว' }]);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))).toBe(
      'title\r\nก่อสร้างถนนคอนกรีต บ้านหนองบัว\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells for null', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: 'x, y', b: 'say "hi"', c: null },
        { a: 'two\nlines', b: 5, c: 0 },
      ],
    );
    expect(csv.slice(UTF8_BOM.length)).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n"two\nlines",5,0\r\n');
  });

  it('disarms text that a spreadsheet would run as a formula but keeps negative numbers', () => {
    const csv = toCsv(['a'], [{ a: '=HYPERLINK("x")' }, { a: '@SUM(1)' }, { a: '-1500' }, { a: '+66 81' }]);
    expect(csv.slice(UTF8_BOM.length).split('\r\n')).toEqual([
      'a',
      `"'=HYPERLINK(""x"")"`,
      "'@SUM(1)",
      '-1500',
      "'+66 81",
      '',
    ]);
  });
});
