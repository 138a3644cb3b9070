import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_PIXELS, withinPixelLimit } from './photo.js';

describe('withinPixelLimit', () => {
  it('accepts a photo up to the limit and refuses one pixel row beyond it', () => {
    expect(withinPixelLimit(8000, 7000)).toBe(false);
    expect(withinPixelLimit(PHOTO_MAX_PIXELS / 1000, 1000)).toBe(true);
    expect(withinPixelLimit(PHOTO_MAX_PIXELS / 1000, 1001)).toBe(false);
    expect(withinPixelLimit(4000, 3000)).toBe(true);
  });
});
