import { describe, expect, it } from 'vitest';
import { cellKey, invalidCells, rowsToTargets, targetsSignature, targetsToRows } from './targetGrid.js';

const years = [2566, 2567, 2568];

describe('KPI target grid ↔ API targets', () => {
  it('puts the plan-area row first and one row per area', () => {
    const rows = targetsToRows([
      { fiscalYear: 2566, areaCode: '3015', value: '6000' },
      { fiscalYear: 2566, areaCode: null, value: '45000' },
      { fiscalYear: 2567, areaCode: null, value: '48000' },
    ]);
    expect(rows).toEqual([
      { areaCode: null, values: { 2566: '45000', 2567: '48000' } },
      { areaCode: '3015', values: { 2566: '6000' } },
    ]);
  });

  it('always offers the plan-area row, even without targets', () => {
    expect(targetsToRows([])).toEqual([{ areaCode: null, values: {} }]);
  });

  it('sends filled cells only, with Thai digits and thousands commas cleaned', () => {
    const targets = rowsToTargets(
      [
        { areaCode: null, values: { 2566: '1,200', 2567: ' ', 2568: '๓.๕' } },
        { areaCode: '3015', values: { 2567: '80' } },
      ],
      years,
    );
    expect(targets).toEqual([
      { fiscalYear: 2566, areaCode: null, value: '1200' },
      { fiscalYear: 2568, areaCode: null, value: '3.5' },
      { fiscalYear: 2567, areaCode: '3015', value: '80' },
    ]);
  });

  it('flags cells the API decimal rule rejects', () => {
    const bad = invalidCells([
      { fiscalYear: 2566, areaCode: null, value: '12.5' },
      { fiscalYear: 2567, areaCode: '3015', value: '12x' },
    ]);
    expect([...bad]).toEqual([cellKey(2567, '3015')]);
  });

  it('treats 12.50 and 12.5 as the same target', () => {
    expect(targetsSignature([{ fiscalYear: 2566, areaCode: null, value: '12.50' }])).toBe(
      targetsSignature([{ fiscalYear: 2566, areaCode: null, value: '12.5' }]),
    );
  });
});
