import { describe, expect, it } from 'vitest';
import { actionText, entityText, fieldText, valueText } from './auditText.js';

describe('audit trail in words', () => {
  it('names approval moves by the step, and every action the server records', () => {
    expect(actionText('transition:submit', 'th')).toMatch(/^เปลี่ยนสถานะ: .*ก\.บ\.จ\./);
    expect(actionText('transition:submit', 'en')).toMatch(/^Status changed: Submit/);
    for (const action of [
      'create',
      'update',
      'delete',
      'replace_targets',
      'create_review',
      'merge',
      'activate',
    ]) {
      expect(actionText(action, 'th')).not.toBe(action);
      expect(actionText(action, 'en')).not.toBe(action);
    }
    expect(actionText('replace_targets', 'th')).toBe('แก้ไขค่าเป้าหมายรายปี');
  });

  it('keeps an unknown code readable rather than hiding it', () => {
    expect(actionText('teleport', 'th')).toBe('teleport');
    expect(entityText('spaceship', 'en')).toBe('spaceship');
    expect(fieldText('warpFactor', 'th')).toBe('warpFactor');
  });

  it('names entity types and fields in both languages', () => {
    expect(entityText('plan_version', 'th')).toBe('ฉบับของแผน');
    expect(entityText('plan_kpi', 'en')).toBe('KPI');
    expect(fieldText('status', 'th')).toBe('สถานะ');
    expect(fieldText('households', 'en')).toBe('Households');
  });

  it('says statuses, origins and roles in words', () => {
    expect(valueText('status', 'submitted_to_committee', 'th')).toBe('เสนอคณะกรรมการ');
    expect(valueText('status', 'draft', 'en')).toBe('Draft');
    expect(valueText('status', 'merged', 'th')).toBe('รวมกับความต้องการอื่นแล้ว');
    expect(valueText('origin', 'public_forum', 'th')).toBe('เวทีประชาคม');
    expect(valueText('roles', ['auditor', 'provincial_planner'], 'th')).not.toContain('_');
  });

  it('writes numbers with thousands separators, dates in BE and yes/no for flags', () => {
    expect(valueText('people', 12500, 'th')).toBe('12,500');
    expect(valueText('people', 1234567, 'en')).toBe('1,234,567');
    expect(valueText('sourceDate', '2026-03-14', 'th')).toBe('14 มีนาคม 2569');
    expect(valueText('isActive', false, 'th')).toBe('ไม่ใช่');
    expect(valueText('isActive', true, 'en')).toBe('Yes');
  });

  it('treats empty values as empty and spells out nested values', () => {
    expect(valueText('title', '', 'th')).toBeNull();
    expect(valueText('roles', [], 'th')).toBeNull();
    expect(valueText('attachment', null, 'th')).toBeNull();
    expect(valueText('targets', { households: 1000, status: 'draft' }, 'th')).toBe(
      'จำนวนครัวเรือน: 1,000; สถานะ: ร่าง',
    );
  });

  it('writes quantities recorded as text with separators, money in baht and years without separators', () => {
    expect(valueText('baselineValue', '1234567.5', 'th')).toBe('1,234,567.5');
    expect(valueText('ceilingSatang', '150000000', 'en')).toBe('1,500,000.00 baht');
    expect(valueText('baselineYear', 2565, 'en')).toBe('2022 (BE 2565)');
    expect(valueText('fiscalYear', 2569, 'th')).toBe('ปีงบประมาณ พ.ศ. 2569');
    expect(valueText('title', '2569', 'th')).toBe('2569');
  });

  it('spells out recorded KPI targets and yearly budgets', () => {
    expect(valueText('targets', ['2569|=1500000', '2570|3001=2.5'], 'th')).toBe(
      'ปีงบประมาณ พ.ศ. 2569: 1,500,000, ปีงบประมาณ พ.ศ. 2570 (3001): 2.5',
    );
    expect(valueText('budgets', ['2569=125000050'], 'en')).toBe('FY 2026 (BE 2569): 1,250,000.50 baht');
  });

  it('names plan fields the audit list has no word of its own for', () => {
    expect(fieldText('baselineValue', 'th')).not.toBe('baselineValue');
    expect(fieldText('budgets', 'en')).toBe('Yearly budgets');
  });
});
