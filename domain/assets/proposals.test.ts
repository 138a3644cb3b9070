import { describe, expect, it } from 'vitest';
import type { Project } from '../projects/project-response.js';
import { assetCodeOf } from './asset.js';
import type { AssetProposal } from './asset-response.js';
import { proposeAssets, stillToRegister } from './proposals.js';

const line = (category: string, amountSatang: string, quantity: string | null = '2') => ({
  description: `รายการ ${category}`,
  budgetType: 'investment',
  category,
  quantity,
  unit: 'หน่วย',
  amountSatang,
});

const project = (overrides: Partial<Project>): Project =>
  ({
    locations: [
      { areaCode: '300101', areaNameTh: null, geometry: { type: 'Point', coordinates: [102.1, 14.97] } },
    ],
    budgetLines: [],
    receiverAgencyId: 'agency-1',
    receiverName: 'เทศบาลนครนครราชสีมา',
    ...overrides,
  }) as Project;

describe('proposeAssets', () => {
  it('proposes one asset per asset-category budget line, with cost, place and receiver filled in', () => {
    const proposals = proposeAssets(
      project({
        budgetLines: [
          line('construction', '150000000', null),
          line('training', '2000000'),
          line('vehicle', '90000000', '1.5'),
        ] as Project['budgetLines'],
      }),
    );
    expect(proposals).toEqual([
      {
        type: 'construction',
        description: 'รายการ construction',
        quantity: 1,
        unit: 'หน่วย',
        valueSatang: '150000000',
        locationAreaCode: '300101',
        longitude: 102.1,
        latitude: 14.97,
        custodianAgencyId: 'agency-1',
        custodianName: 'เทศบาลนครนครราชสีมา',
      },
      expect.objectContaining({ type: 'equipment', quantity: 1, valueSatang: '90000000' }),
    ]);
  });

  it('skips zero lines and has no point for a line geometry or no location', () => {
    const lineGeometry = project({
      locations: [
        {
          areaCode: '3001',
          areaNameTh: null,
          geometry: {
            type: 'LineString',
            coordinates: [
              [102, 14],
              [102.1, 14.1],
            ],
          },
        },
      ],
      budgetLines: [line('land', '0'), line('equipment', '500', '3')] as Project['budgetLines'],
    });
    expect(proposeAssets(lineGeometry)).toEqual([
      expect.objectContaining({ type: 'equipment', quantity: 3, locationAreaCode: '3001', latitude: null }),
    ]);
    expect(
      proposeAssets(project({ locations: [], budgetLines: [line('land', '1')] as Project['budgetLines'] })),
    ).toEqual([expect.objectContaining({ locationAreaCode: null, longitude: null })]);
  });
});

describe('assetCodeOf', () => {
  it('numbers assets within their project', () => {
    expect(assetCodeOf('P30-2569-0007', 1)).toBe('P30-2569-0007-A01');
    expect(assetCodeOf('C8-2568-0012', 123)).toBe('C8-2568-0012-A123');
  });
});

describe('stillToRegister', () => {
  const proposal = (description: string, valueSatang: string) =>
    ({ type: 'equipment', description, valueSatang }) as AssetProposal;
  it('takes away one proposal per registered asset of the same type, description and cost', () => {
    const proposals = [proposal('เครื่องสูบน้ำ', '100'), proposal('เครื่องสูบน้ำ', '100'), proposal('รถ', '9')];
    expect(stillToRegister(proposals, [proposal('เครื่องสูบน้ำ', '100')])).toEqual([
      proposal('เครื่องสูบน้ำ', '100'),
      proposal('รถ', '9'),
    ]);
    expect(stillToRegister(proposals, [...proposals])).toEqual([]);
  });

  it('keeps a proposal whose registered look-alike differs in cost or type', () => {
    const proposals = [proposal('รถ', '9')];
    expect(stillToRegister(proposals, [proposal('รถ', '10')])).toEqual(proposals);
    expect(stillToRegister(proposals, [{ ...proposal('รถ', '9'), type: 'construction' }])).toEqual(proposals);
  });
});
