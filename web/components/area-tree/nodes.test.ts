import { describe, expect, it } from 'vitest';
import type { Area } from '../../app/api/types.js';
import { ancestorCodes, searchHitToNode } from './nodes.js';

const area = (code: string, level: Area['level'], nameTh: string): Area => ({
  code,
  level,
  parentCode: code.length > 2 ? code.slice(0, code.length - 2) : null,
  provinceCode: code.slice(0, 2),
  nameTh,
  nameEn: null,
  postcode: null,
  lat: null,
  lon: null,
  isSpecialArea: false,
  isDemo: false,
  validFrom: null,
  validTo: null,
  successorCode: null,
  referenceCheck: null,
  referenceNote: null,
  version: 1,
});
const names = new Map([
  ['30', 'นครราชสีมา'],
  ['3001', 'เมืองนครราชสีมา'],
]);

describe('area search hits', () => {
  it('name the district and province of a subdistrict, so repeated names can be told apart', () => {
    expect(ancestorCodes(area('300103', 'subdistrict', 'หนองจะบก'))).toEqual(['3001', '30']);
    expect(searchHitToNode(area('300103', 'subdistrict', 'หนองจะบก'), 'th', names).title).toBe(
      'หนองจะบก (ตำบล/แขวง · เมืองนครราชสีมา · นครราชสีมา 300103)',
    );
    expect(searchHitToNode(area('3001', 'district', 'เมืองนครราชสีมา'), 'th', names).title).toBe(
      'เมืองนครราชสีมา (อำเภอ/เขต · นครราชสีมา 3001)',
    );
  });

  it('keep the province label as it was, and leave out names not loaded yet', () => {
    expect(searchHitToNode(area('30', 'province', 'นครราชสีมา'), 'th', names).title).toBe(
      'นครราชสีมา (จังหวัด 30)',
    );
    expect(searchHitToNode(area('310101', 'subdistrict', 'ในเมือง'), 'en', new Map()).title).toBe(
      'ในเมือง (Subdistrict 310101)',
    );
  });
});
