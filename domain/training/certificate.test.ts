import { describe, expect, it } from 'vitest';
import { certificateDate, certificateNumber } from './certificate.js';

describe('certificate wording', () => {
  it('writes the held-on day in Thai with the Buddhist-Era year', () => {
    expect(certificateDate('2024-05-27')).toBe('๒๗ พฤษภาคม ๒๕๖๗');
  });

  it('keeps the calendar day of the first and last of a year', () => {
    expect(certificateDate('2024-01-01')).toBe('๑ มกราคม ๒๕๖๗');
    expect(certificateDate('2024-12-31')).toBe('๓๑ ธันวาคม ๒๕๖๗');
  });

  it('numbers a certificate by attendee place and year', () => {
    expect(certificateNumber(12, '2024-05-27')).toBe('๑๒/๒๕๖๗');
  });
});
