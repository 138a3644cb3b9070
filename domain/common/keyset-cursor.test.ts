import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorQuery, encodeCursor } from './keyset-cursor.js';

const schema = cursorQuery(z.object({ at: z.string(), ref: z.string() }));

describe('keyset cursors', () => {
  it('round-trips the sort key of the last row through an opaque URL-safe string', () => {
    const text = encodeCursor({ at: '2026-10-30 22:53:37.362123+00', ref: 'N30-2570-00253' });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(schema.parse(text)).toEqual({ at: '2026-10-30 22:53:37.362123+00', ref: 'N30-2570-00253' });
  });

  it('refuses garbage and cursors of another shape', () => {
    expect(schema.safeParse('not*base64').success).toBe(false);
    expect(schema.safeParse(encodeCursor({ at: 1 })).success).toBe(false);
    expect(schema.safeParse(encodeCursor('x')).success).toBe(false);
  });
});
