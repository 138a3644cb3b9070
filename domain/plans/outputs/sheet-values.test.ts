import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCE_LABELS } from '../plan.js';
import { formatDecimal, formatIsoDate, normalizeDecimal } from './format.js';
import {
  parseBahtCell,
  parseChoice,
  parseDecimalCell,
  parseYearCell,
  staleRow,
  yearsOutsidePeriod,
} from './sheet-values.js';

describe('decimal text', () => {
  it('normalises for comparison', () => {
    expect(
      ['12.50', '012.5', '12.5000', '-0', '-0.0', '0.10', '100', '-3.250', 'x', '1e3'].map(normalizeDecimal),
    ).toEqual(['12.5', '12.5', '12.5', '0', '0', '0.1', '100', '-3.25', null, null]);
  });

  it('formats with separators, keeping its own decimals and the digit style', () => {
    expect(formatDecimal('1234567.50', false)).toBe('1,234,567.5');
    expect(formatDecimal('-1000', true)).toBe('-๑,๐๐๐');
    expect(formatDecimal(null, false)).toBe('');
  });

  it('writes stored calendar dates in full BE form', () => {
    expect(formatIsoDate('2025-01-15', true)).toBe('๑๕ มกราคม ๒๕๖๘');
    expect(formatIsoDate('2024-12-31', false)).toBe('31 ธันวาคม 2567');
    expect(formatIsoDate('15/01/2568', false)).toBe('');
  });
});

describe('sheet cells', () => {
  it('parses baht to satang with string math: separators, Thai digits, two decimals at most', () => {
    const values = ['1,250,000.50', '1250000.5', '๑๒๓', '0', '', '99999999999999.99'].map((raw) =>
      parseBahtCell(raw, 'fy2569'),
    );
    expect(values).toEqual([
      { ok: true, value: 125000050n },
      { ok: true, value: 125000050n },
      { ok: true, value: 12300n },
      { ok: true, value: 0n },
      { ok: true, value: null },
      { ok: true, value: 9999999999999999n },
    ]);
  });

  it('refuses negative, non-numeric and sub-satang amounts in both languages', () => {
    const [negative, text, tooFine] = ['-5', 'ห้าพัน', '1.005'].map((raw) => parseBahtCell(raw, 'fy2569'));
    expect(negative).toMatchObject({
      ok: false,
      message: { field: 'fy2569', th: 'จำนวนเงินต้องไม่ติดลบ', en: 'The amount must not be negative' },
    });
    expect(text).toMatchObject({ ok: false, message: { en: '"ห้าพัน" is not an amount in baht' } });
    expect(tooFine).toMatchObject({
      ok: false,
      message: { en: 'An amount has at most 2 decimals (satang)' },
    });
  });

  it('parses decimals and BE years', () => {
    expect(parseDecimalCell('1,234.50', 'x')).toEqual({ ok: true, value: '1234.5' });
    expect(parseDecimalCell('-0.25', 'x')).toEqual({ ok: true, value: '-0.25' });
    expect(parseDecimalCell('สิบ', 'x')).toMatchObject({
      ok: false,
      message: { field: 'x', th: '"สิบ" ไม่ใช่ตัวเลข (ทศนิยมไม่เกิน 6 ตำแหน่ง)' },
    });
    expect(parseDecimalCell('0.1234567', 'x').ok).toBe(false);
    expect(parseYearCell('๒๕๖๕', 'y')).toEqual({ ok: true, value: 2565 });
    expect(parseYearCell('2022', 'y').ok).toBe(false);
  });

  it('finds choices by Thai label or by code', () => {
    const what = { th: 'แหล่งงบประมาณ', en: 'funding source' };
    expect(parseChoice('งบประมาณจังหวัด', 'f', FUNDING_SOURCE_LABELS, what)).toEqual({
      ok: true,
      value: 'province',
    });
    expect(parseChoice('Private', 'f', FUNDING_SOURCE_LABELS, what)).toEqual({ ok: true, value: 'private' });
    expect(parseChoice('เงินกู้', 'f', FUNDING_SOURCE_LABELS, what)).toMatchObject({
      ok: false,
      message: { th: 'ไม่รู้จักแหล่งงบประมาณ "เงินกู้"' },
    });
  });

  it('refuses values in fiscal-year columns outside the plan period', () => {
    expect(
      yearsOutsidePeriod(
        { fy2569: '1', fy2571: '5', fy2565: '', title: 'x' },
        [2566, 2567, 2568, 2569, 2570],
      ),
    ).toEqual([
      {
        field: 'fy2571',
        th: 'ปีงบประมาณ 2571 อยู่นอกระยะของแผน (2566–2570)',
        en: 'Fiscal year 2571 is outside the plan period (2566–2570)',
      },
    ]);
  });

  it('flags rows exported from an older record version', () => {
    expect(staleRow('3', 3)).toBeNull();
    expect(staleRow('', 3)).toBeNull();
    expect(staleRow('2', 3)?.en).toContain('version 2, now 3');
  });
});
