import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, readTabular } from './tabular.js';

describe('CSV parsing', () => {
  it('honours quotes, doubled quotes, commas and newlines inside quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
    ]);
  });

  it('drops blank lines', () => {
    expect(parseCsv('a\n\n1\n,\n')).toEqual([['a'], ['1']]);
  });

  it('decodes UTF-8 with a BOM and Windows-874', () => {
    expect(decodeText(Buffer.from('\uFEFFบ้าน', 'utf8'))).toBe('บ้าน');
    expect(decodeText(iconv.encode('หมู่บ้าน', 'win874'))).toBe('หมู่บ้าน');
  });

  it('keys rows by lower-cased header and numbers them as the sheet does', async () => {
    const rows = await readTabular('x.csv', Buffer.from('Code,Name_TH\n30010101,บ้าน\n'));
    expect(rows).toEqual([{ rowNumber: 2, values: { code: '30010101', name_th: 'บ้าน' } }]);
  });

  it('refuses other file types', async () => {
    await expect(readTabular('x.pdf', Buffer.from(''))).rejects.toMatchObject({ status: 415 });
  });
});
