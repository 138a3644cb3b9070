import { describe, expect, it } from 'vitest';
import { clusterRule, MIN_BENEFIT_NOTE_LENGTH } from './cluster-rule.js';

const members = ['30', '31', '32', '36'];
const names = { '30': 'นครราชสีมา', '31': 'บุรีรัมย์', '32': 'สุรินทร์', '36': 'ชัยภูมิ' };
const rule = (areaCodes: string[], benefitNote: string | null = null) =>
  clusterRule({
    scope: 'cluster',
    areaCodes,
    benefitNote,
    memberProvinceCodes: members,
    provinceNames: names,
  });

describe('cluster rule', () => {
  it('passes an item working in two member provinces, naming them', () => {
    expect(rule(['3015', '3101'])).toEqual({
      applies: true,
      ok: true,
      th: 'ผ่านเกณฑ์: มีพื้นที่ดำเนินการ 2 จังหวัดในกลุ่ม (นครราชสีมา, บุรีรัมย์)',
      en: 'Meets the rule: works in 2 member provinces (นครราชสีมา, บุรีรัมย์)',
    });
  });

  it('counts provinces, not areas: three districts of one province are still one province', () => {
    const result = rule(['3001', '3015', '301501']);
    expect(result.ok).toBe(false);
    expect(result.th).toContain('มีพื้นที่เพียงจังหวัดเดียว (นครราชสีมา)');
  });

  it('ignores areas outside the cluster when counting', () => {
    expect(rule(['3001', '5001']).ok).toBe(false);
    expect(rule(['30', '36', '50']).ok).toBe(true);
  });

  it('accepts a single-province item with a benefit note of at least the minimum length', () => {
    const note = 'ศูนย์กระจายสินค้าให้บริการเกษตรกรทั้ง 4 จังหวัด';
    expect(rule(['3001'], note)).toMatchObject({
      ok: true,
      th: 'ผ่านเกณฑ์: ดำเนินการใน 1 จังหวัด แต่ระบุประโยชน์ต่อมากกว่าหนึ่งจังหวัดไว้แล้ว',
    });
    expect(rule(['3001'], 'x'.repeat(MIN_BENEFIT_NOTE_LENGTH - 1)).ok).toBe(false);
    expect(rule(['3001'], `   ${'x'.repeat(MIN_BENEFIT_NOTE_LENGTH - 1)}   `).ok).toBe(false);
  });

  it('explains an item without areas in both languages', () => {
    const result = rule([]);
    expect(result.ok).toBe(false);
    expect(result.th.startsWith('ไม่ผ่านเกณฑ์กลุ่มจังหวัด: ยังไม่ระบุพื้นที่ในจังหวัดสมาชิก')).toBe(true);
    expect(result.en.startsWith('Fails the cluster rule: no area in a member province yet.')).toBe(true);
  });

  it('falls back to codes when no names are given, and does not apply to provincial plans', () => {
    expect(
      clusterRule({
        scope: 'cluster',
        areaCodes: ['31', '32'],
        benefitNote: null,
        memberProvinceCodes: members,
      }).en,
    ).toContain('(31, 32)');
    expect(
      clusterRule({ scope: 'province', areaCodes: [], benefitNote: null, memberProvinceCodes: [] }),
    ).toMatchObject({ applies: false, ok: true });
  });
});
