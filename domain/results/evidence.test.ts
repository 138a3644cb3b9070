import { describe, expect, it } from 'vitest';
import { isPhoto, photoPairProblem, sniffEvidenceType } from './evidence.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('sniffEvidenceType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    const webp = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
    expect(sniffEvidenceType(webp)).toBe('image/webp');
    expect(sniffEvidenceType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
  });

  it('refuses anything else, whatever name it came with', () => {
    expect(sniffEvidenceType(new TextEncoder().encode('MZ\u0090\u0000'))).toBeNull();
    expect(
      sniffEvidenceType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeNull();
    expect(sniffEvidenceType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVE'))).toBeNull();
    expect(sniffEvidenceType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffEvidenceType(bytes())).toBeNull();
  });

  it('tells photos from documents', () => {
    expect(isPhoto('image/png')).toBe(true);
    expect(isPhoto('application/pdf')).toBe(false);
  });
});

describe('photoPairProblem', () => {
  const after = { type: 'image/jpeg' as const, phase: 'after' as const, pairOf: 'b' };
  it('pairs an "after" photo with a "before" photo', () => {
    expect(photoPairProblem(after, { phase: 'before' })).toBeNull();
    expect(photoPairProblem({ ...after, phase: 'before', pairOf: undefined }, undefined)).toBeNull();
  });
  it('refuses a pair that is not before → after, a missing pair and a phase on a PDF', () => {
    expect(photoPairProblem(after, { phase: 'after' })).not.toBeNull();
    expect(photoPairProblem(after, undefined)).not.toBeNull();
    expect(photoPairProblem({ ...after, phase: 'during' }, { phase: 'before' })).not.toBeNull();
    expect(
      photoPairProblem({ type: 'application/pdf', phase: 'before', pairOf: undefined }, undefined)?.en,
    ).toContain('Only a photo');
  });
});
