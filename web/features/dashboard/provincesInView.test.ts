import { describe, expect, it } from 'vitest';
import { provincesInView } from './provincesInView.js';

const member = (provinceCode: string, validTo: string | null = null) => ({
  provinceCode,
  nameTh: provinceCode,
  validFrom: '2020-01-01',
  validTo,
});
const clusters = [
  { id: 8, regionId: 'northeast', members: [member('30'), member('31'), member('36', '2021-01-01')] },
  { id: 9, regionId: 'northeast', members: [member('40')] },
  { id: 12, regionId: 'central', members: [] },
];

describe('provinces a dashboard speaks about', () => {
  it('leaves a national user unlimited', () => {
    expect(provincesInView({ viewScope: ['national'] }, clusters)).toBeNull();
  });

  it('adds the current members of named clusters and of named regions’ clusters to named provinces', () => {
    expect(provincesInView({ viewScope: ['50', 'cluster:8'] }, clusters)).toEqual(['50', '30', '31']);
    expect(provincesInView({ viewScope: ['region:northeast'] }, clusters)).toEqual(['30', '31', '40']);
  });

  it('reads a scope of only an empty cluster as no province, not the whole country', () => {
    expect(provincesInView({ viewScope: ['cluster:12'] }, clusters)).toEqual([]);
    expect(provincesInView({ viewScope: [] }, clusters)).toEqual([]);
  });
});
