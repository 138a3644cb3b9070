import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledResponse, compiledSerialiserOf } from './compiled-serialiser.js';

const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  status: z.enum(['new', 'done']),
  households: z.number().int(),
  isDemo: z.boolean(),
  label: z.string().optional(),
});
const listSchema = z.object({
  items: z.array(rowSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

const awkward = [
  'ถนนชำรุด "หมู่ 3"',
  String.raw`back\slash`,
  'line\nbreak\ttab\u0001control',
  'separators \u2028 \u2029',
  'lone surrogate \ud800 end',
  '😀 emoji',
];

describe('a compiled response serialiser', () => {
  it('writes exactly what zod encode and JSON.stringify write, unknown fields dropped', () => {
    compiledResponse(listSchema);
    const serialise = compiledSerialiserOf(listSchema);
    const page = {
      items: awkward.map((title, index) => ({
        id: `id-${index}`,
        title,
        note: index % 2 ? null : title,
        status: index % 2 ? ('done' as const) : ('new' as const),
        households: index * 1000,
        isDemo: index % 2 === 0,
        ...(index === 1 ? { label: 'ป้าย' } : {}),
        secret: 'not in the schema',
      })),
      total: 6,
      nextCursor: null,
      internal: true,
    };
    expect(serialise?.(page)).toBe(JSON.stringify(listSchema.encode(page)));
    expect(serialise?.({ items: [], total: 0, nextCursor: 'abc' })).toBe(
      '{"items":[],"total":0,"nextCursor":"abc"}',
    );
  });

  it('leaves an unmarked schema to zod and refuses one whose wire form differs from its value', () => {
    expect(compiledSerialiserOf(rowSchema)).toBeUndefined();
    const satang = z.codec(z.string(), z.bigint(), {
      decode: (text) => BigInt(text),
      encode: (value) => value.toString(),
    });
    expect(() => compiledResponse(z.object({ amount: satang }))).toThrow(/plain schema/);
    expect(() => compiledResponse(z.object({ when: z.date() }))).toThrow(/plain schema/);
    expect(() => compiledResponse(z.object({ n: z.string().transform(Number) }))).toThrow(/plain schema/);
  });

  it('refuses a schema with an unknown value, which it would write as `undefined` inside an array', () => {
    const pairs = z.object({ changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])) });
    expect(() => compiledResponse(pairs)).toThrow(/plain schema/);
    expect(() => compiledResponse(z.object({ items: z.array(z.any()) }))).toThrow(/plain schema/);
  });
});
