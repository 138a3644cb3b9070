import { describe, expect, it } from 'vitest';
import { readPhotoFacts } from './exif.js';
import { jpegWithExif, TINY_JPEG } from './test-fixtures.js';

describe('readPhotoFacts', () => {
  it('reads the date taken and the position, in both byte orders', () => {
    for (const little of [true, false]) {
      const facts = readPhotoFacts(
        jpegWithExif({ little, date: '2025:06:14 09:30:00', lat: [14.975, 'N'], lon: [102.1, 'E'] }),
      );
      expect(facts.takenOn).toBe('2025-06-14');
      expect(facts.latitude).toBeCloseTo(14.975, 5);
      expect(facts.longitude).toBeCloseTo(102.1, 5);
    }
  });
  it('signs south and west', () => {
    const facts = readPhotoFacts(
      jpegWithExif({ little: true, date: '2025:06:14 09:30:00', lat: [6.5, 'S'], lon: [100.25, 'W'] }),
    );
    expect([facts.latitude, facts.longitude]).toEqual([-6.5, -100.25]);
  });
  it('answers nothing for a photo without Exif, a blank date, or broken bytes', () => {
    const none = { takenOn: null, latitude: null, longitude: null };
    expect(readPhotoFacts(TINY_JPEG)).toEqual(none);
    expect(readPhotoFacts(new TextEncoder().encode('%PDF-1.7'))).toEqual(none);
    const blank = jpegWithExif({
      little: true,
      date: '0000:00:00 00:00:00',
      lat: [14, 'N'],
      lon: [102, 'E'],
    });
    expect(readPhotoFacts(blank).takenOn).toBeNull();
    expect(readPhotoFacts(blank.subarray(0, 40))).toEqual(none);
  });
});
