import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { esmDefault } from '../app/esmDefault.js';
import {
  beTextToCe,
  createBeGenerateConfig,
  formatWithBeYear,
  toBeYear,
  toCeYear,
  toParseFormat,
} from './be-generate-config.js';

describe('BE year shift', () => {
  it('adds and removes 543 years', () => {
    expect(toBeYear(2025)).toBe(2568);
    expect(toCeYear(2568)).toBe(2025);
    expect(toCeYear(toBeYear(1957))).toBe(1957);
  });

  it('rewrites year tokens to the literal BE year', () => {
    expect(formatWithBeYear('D MMMM BBBB', 2025)).toBe('D MMMM [2568]');
    expect(formatWithBeYear('YYYY', 2025)).toBe('[2568]');
    expect(formatWithBeYear('DD/MM/YY', 2025)).toBe('DD/MM/[68]');
  });

  it('leaves escaped literals alone', () => {
    expect(formatWithBeYear('[YYYY] YYYY', 2025)).toBe('[YYYY] [2568]');
  });

  it('parses with CE tokens', () => {
    expect(toParseFormat('D MMMM BBBB')).toBe('D MMMM YYYY');
    expect(toParseFormat('DD/MM/YYYY')).toBe('DD/MM/YYYY');
  });

  it('moves typed 4-digit years from BE to CE, including Thai digits', () => {
    expect(beTextToCe('15 มกราคม 2568')).toBe('15 มกราคม 2025');
    expect(beTextToCe('๑๕/๐๑/๒๕๖๘')).toBe('15/01/2025');
    expect(beTextToCe('15/01/25')).toBe('15/01/25');
  });
});

describe('createBeGenerateConfig', () => {
  const config = createBeGenerateConfig(esmDefault(dayjsGenerateConfig));
  const date = dayjs('2025-01-15');

  it('reports and sets years in BE while keeping CE values', () => {
    expect(config.getYear(date)).toBe(2568);
    expect(config.setYear(date, 2570).year()).toBe(2027);
  });

  it('formats panel headers and inputs in BE', () => {
    expect(config.locale.format('en_US', date, 'YYYY')).toBe('2568');
    expect(config.locale.format('en_US', date, 'D MMM YYYY')).toBe('15 Jan 2568');
  });

  it('parses BE text back to the CE date, leap days included', () => {
    expect(config.locale.parse('en_US', '15 Jan 2568', ['D MMM BBBB'])?.format('YYYY-MM-DD')).toBe(
      '2025-01-15',
    );
    // 29 Feb 2567 BE is 2024 CE, a leap year; 2567 CE is not, so the shift must happen before parsing.
    expect(config.locale.parse('en_US', '29/02/2567', ['DD/MM/YYYY'])?.format('YYYY-MM-DD')).toBe(
      '2024-02-29',
    );
  });
});
