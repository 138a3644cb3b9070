import { describe, expect, it } from 'vitest';
import { districtTargetProblems } from './district-targets.js';

const province = new Map([
  ['i1/30', 10],
  ['i2/30', 5],
]);
const paths = (all: { indicatorId: string; districtCode: string; value: number }[], given: string[]) =>
  districtTargetProblems(province, all, (indicatorId, districtCode) =>
    given.indexOf(`${indicatorId}/${districtCode}`),
  ).map((problem) => problem.path);

describe('districtTargetProblems', () => {
  it('accepts districts adding up to the province’s target exactly', () => {
    const all = [
      { indicatorId: 'i1', districtCode: '3001', value: 6 },
      { indicatorId: 'i1', districtCode: '3002', value: 4 },
    ];
    expect(paths(all, ['i1/3001', 'i1/3002'])).toEqual([]);
  });

  it('refuses districts adding up to more than the province’s target, counting those already set', () => {
    const all = [
      { indicatorId: 'i1', districtCode: '3001', value: 6 },
      { indicatorId: 'i1', districtCode: '3002', value: 5 },
    ];
    expect(paths(all, ['i1/3002'])).toEqual(['targets.0.value']);
  });

  it('refuses a district whose province has no target for the indicator', () => {
    const all = [
      { indicatorId: 'i1', districtCode: '5001', value: 1 },
      { indicatorId: 'i2', districtCode: '3001', value: 1 },
    ];
    expect(paths(all, ['i2/3001', 'i1/5001'])).toEqual(['targets.1.districtCode']);
  });

  it('does not blame the input for an excess it did not touch', () => {
    const all = [
      { indicatorId: 'i2', districtCode: '3001', value: 9 },
      { indicatorId: 'i1', districtCode: '3001', value: 1 },
    ];
    expect(paths(all, ['i1/3001'])).toEqual([]);
  });
});
