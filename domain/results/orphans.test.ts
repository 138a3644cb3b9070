import { describe, expect, it } from 'vitest';
import { pageByCode } from './orphans.js';

describe('pageByCode', () => {
  const items = ['A01', 'A02', 'A03'].map((code) => ({ code }));
  it('takes a page after the cursor and says whether more follow', () => {
    expect(pageByCode(items, undefined, 2)).toEqual({ page: items.slice(0, 2), last: items[1], more: true });
    expect(pageByCode(items, 'A02', 2)).toEqual({ page: [items[2]], last: items[2], more: false });
    expect(pageByCode(items, 'A03', 2)).toEqual({ page: [], last: undefined, more: false });
  });
});
