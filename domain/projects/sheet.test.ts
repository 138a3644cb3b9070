import { describe, expect, it } from 'vitest';
import { checkProjectRow, projectSheetKey, type ProjectSheetFacts } from './sheet.js';

const current: ProjectSheetFacts = {
  title: 'ถนนสายบ้านโคก',
  objective: null,
  budgetType: 'investment',
  category: 'construction',
  totalSatang: 250000000n,
  emenscrCode: null,
  budgetBureauCode: null,
  gfmisCode: null,
  egpNumber: null,
};
const row = {
  title: 'ถนนสายบ้านโคก',
  objective: '',
  budget_type: 'งบลงทุน',
  category: 'สิ่งก่อสร้าง',
  total_baht: '2500000',
  emenscr_code: '',
  budget_bureau_code: '',
  gfmis_code: '',
  egp_number: '',
};

describe('project sheet rows', () => {
  it('sees no change in an exported row, whatever the number format', () => {
    for (const amount of ['2500000', '2,500,000.00', '๒๕๐๐๐๐๐']) {
      expect(checkProjectRow({ ...row, total_baht: amount }, current)).toMatchObject({
        messages: [],
        changed: [],
      });
    }
    expect(
      checkProjectRow({ ...row, budget_type: 'investment', category: 'construction' }, current).changed,
    ).toEqual([]);
  });

  it('names exactly the changed columns', () => {
    const check = checkProjectRow({ ...row, total_baht: '1500000.25', egp_number: ' 66019 ' }, current);
    expect(check.changed).toEqual(['total_baht', 'egp_number']);
    expect(check.facts.totalSatang).toBe(150000025n);
    expect(check.facts.egpNumber).toBe('66019');
  });

  it.each([
    [{ title: ' ' }, 'title'],
    [{ budget_type: 'งบพิเศษ' }, 'budget_type'],
    [{ category: 'รถ' }, 'category'],
    [{ total_baht: '' }, 'total_baht'],
    [{ total_baht: '-5' }, 'total_baht'],
    [{ total_baht: 'หนึ่งล้าน' }, 'total_baht'],
  ])('refuses %j and changes nothing', (change, field) => {
    const check = checkProjectRow({ ...row, ...change }, current);
    expect(check.messages.map((message) => message.field)).toEqual([field]);
    expect(check.changed).toEqual([]);
  });

  it('keys rows by fiscal year, budget unit and code, forgiving case and spaces', () => {
    expect(projectSheetKey(' 2569', 'p30', ' P30-2569-0001 ')).toBe(
      projectSheetKey(2569, 'P30', 'P30-2569-0001'),
    );
    expect(projectSheetKey(2569, 'P30', 'X')).not.toBe(projectSheetKey(2569, 'P50', 'X'));
  });
});
