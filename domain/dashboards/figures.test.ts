import { describe, expect, it } from 'vitest';
import { addFigures, figuresOf, NO_FIGURES, rowBelongsTo, type FigureRow } from './figures.js';

const rows: FigureRow[] = [
  { provinceCode: '30', clusterId: null, figures: { needs: 5, disbursedSatang: 100n } },
  { provinceCode: '31', clusterId: null, figures: { needs: 2, disbursedSatang: 7n } },
  // A cluster's own project money, placed at its operations-centre province 30.
  { provinceCode: '30', clusterId: 8, figures: { disbursedSatang: 1000n } },
  { provinceCode: '50', clusterId: null, figures: { needs: 11 } },
  { provinceCode: '30', clusterId: null, districtCode: '3001', figures: { needs: 3 } },
  { provinceCode: '30', clusterId: null, districtCode: '3002', figures: { needs: 2 } },
];
const cluster8 = { level: 'cluster', clusterId: 8, members: ['30', '31'] } as const;

describe('figures of a drill-down unit', () => {
  it('counts every province-level row once for the nation, never the district rows', () => {
    expect(figuresOf(rows, { level: 'national' })).toMatchObject({ needs: 18, disbursedSatang: 1107n });
  });

  it('gives a cluster its own rows and its members’ own rows', () => {
    expect(figuresOf(rows, cluster8)).toMatchObject({ needs: 7, disbursedSatang: 1107n });
  });

  it('keeps a cluster’s money out of the operations-centre province', () => {
    expect(figuresOf(rows, { level: 'province', provinceCode: '30' })).toMatchObject({
      needs: 5,
      disbursedSatang: 100n,
    });
  });

  it('gives a district only the rows kept at that district', () => {
    expect(figuresOf(rows, { level: 'district', districtCode: '3001' })).toMatchObject({ needs: 3 });
    expect(rowBelongsTo(rows[4] as FigureRow, { level: 'province', provinceCode: '30' })).toBe(false);
  });

  it('sums nothing into zeros and leaves the fields a part does not name', () => {
    expect(figuresOf([], { level: 'national' })).toEqual(NO_FIGURES);
    const total = addFigures(NO_FIGURES, { projects: 2, projectSatang: 2n ** 60n });
    expect(addFigures(total, { projectSatang: 1n })).toMatchObject({
      projects: 2,
      projectSatang: 2n ** 60n + 1n,
      needs: 0,
    });
  });
});
