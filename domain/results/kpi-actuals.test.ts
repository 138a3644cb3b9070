import { describe, expect, it } from 'vitest';
import { kpiActualInputSchema, kpiReportDueDate, kpiReportState } from './kpi-actuals.js';

describe('yearly KPI report due dates', () => {
  it('falls 60 days after the fiscal year ends on 30 September (CE = BE − 543)', () => {
    expect(kpiReportDueDate(2568)).toBe('2025-11-29');
    expect(kpiReportDueDate(2569)).toBe('2026-11-29');
  });
  it('is missing only once the due date has passed and nothing is on file', () => {
    expect(kpiReportState(2568, false, '2025-11-29')).toBe('not_due');
    expect(kpiReportState(2568, false, '2025-11-30')).toBe('missing');
    expect(kpiReportState(2568, true, '2030-01-01')).toBe('reported');
  });
});

describe('kpiActualInputSchema', () => {
  const base = { fiscalYear: 2568, period: 0, actualValue: '12.5', dataSource: 'สสจ.' };
  it('defaults to the whole plan area and takes a quarter or the year', () => {
    expect(kpiActualInputSchema.parse(base)).toMatchObject({ areaCode: null, period: 0, note: null });
    expect(kpiActualInputSchema.parse({ ...base, period: 3, areaCode: '3001' }).areaCode).toBe('3001');
  });
  it('refuses a fifth quarter, a ragged area code and a value that is not a decimal', () => {
    expect(kpiActualInputSchema.safeParse({ ...base, period: 5 }).success).toBe(false);
    expect(kpiActualInputSchema.safeParse({ ...base, areaCode: '301' }).success).toBe(false);
    expect(kpiActualInputSchema.safeParse({ ...base, actualValue: '1e3' }).success).toBe(false);
    expect(kpiActualInputSchema.safeParse({ ...base, dataSource: undefined }).success).toBe(false);
  });
});
