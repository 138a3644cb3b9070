import type { JsonSchema } from '../openapi-operations.js';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

export function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Texts tried against a schema's pattern, so valid-ish values pass the common formats. */
const PATTERN_CANDIDATES = [
  '30',
  '3001',
  '300101',
  '30010101',
  '50',
  'national',
  'cluster:1',
  'region:north',
  'planner.x',
  '2569',
  '100.50',
  '1',
  'abc',
  'A-1',
];
const THAI = ['ถนนลูกรังชำรุด', 'แหล่งน้ำเพื่อการเกษตร', 'นครราชสีมา', 'ก่อสร้างฝายชะลอน้ำ', 'ทดสอบ'];

/** A value the schema accepts most of the time; ids come from `ids` (seen in earlier answers) or at random. */
export function validish(
  schema: JsonSchema | undefined,
  random: Random,
  ids: readonly string[],
  depth = 0,
): unknown {
  if (!schema) {
    return undefined;
  }
  if (schema.const !== undefined) {
    return schema.const;
  }
  if (schema.enum) {
    return pick(random, schema.enum);
  }
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    return validish(pick(random, branches), random, ids, depth);
  }
  const type = Array.isArray(schema.type)
    ? pick(
        random,
        schema.type.filter((t) => t !== 'null'),
      )
    : schema.type;
  switch (type) {
    case 'string':
      return validString(schema, random, ids);
    case 'integer':
    case 'number': {
      const low = Math.max(
        schema.minimum ?? 0,
        schema.exclusiveMinimum === true ? (schema.minimum ?? 0) + 1 : -Infinity,
      );
      const high = Math.min(schema.maximum ?? low + 10, low + 10);
      return low + Math.floor(random() * (high - low + 1));
    }
    case 'boolean':
      return random() < 0.5;
    case 'array': {
      const length = Math.max(schema.minItems ?? 0, depth > 2 ? 0 : Math.floor(random() * 3));
      return Array.from({ length }, () => validish(schema.items, random, ids, depth + 1));
    }
    case 'object':
      return validObject(schema, random, ids, depth);
    default:
      return pick(random, THAI);
  }
}

function validString(schema: JsonSchema, random: Random, ids: readonly string[]): string {
  if (schema.format === 'uuid') {
    return ids.length > 0 && random() < 0.7 ? pick(random, ids) : randomUuid(random);
  }
  if (schema.format === 'date') {
    return '2026-01-15';
  }
  if (schema.format === 'date-time') {
    return '2026-01-15T03:00:00.000Z';
  }
  if (schema.format === 'email') {
    return 'someone@example.go.th';
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    const fits = PATTERN_CANDIDATES.filter((candidate) => pattern.test(candidate));
    if (fits.length > 0) {
      return pick(random, fits);
    }
  }
  const text = pick(random, THAI);
  return text.slice(0, Math.max(schema.maxLength ?? text.length, schema.minLength ?? 1));
}

function validObject(
  schema: JsonSchema,
  random: Random,
  ids: readonly string[],
  depth: number,
): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const result: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(key) || random() < 0.5) {
      result[key] = validish(property, random, ids, depth + 1);
    }
  }
  return result;
}

const NASTY_STRINGS = [
  'a\u0000b',
  '\u0000',
  'ทดสอบ\u0007เสียง',
  '\u0001\u001f\u007f',
  '',
  '   ',
  'ก'.repeat(100_000),
  'x'.repeat(1_001),
  '\ud800',
  '👩‍👩‍👧‍👦🇹🇭',
  'ก\u0e31\u0e31\u0e31\u0e31',
  "'; drop table needs; --",
  '../../etc/passwd',
  '%00',
  '2147483648',
  '-1',
  '1e309',
  '0x10',
  'null',
  '<script>alert(1)</script>',
];
const NASTY_NUMBERS = [
  2_147_483_648,
  3_000_000_000,
  2 ** 53,
  -(2 ** 31) - 1,
  -1,
  0,
  1.5,
  1e308,
  -0,
  2 ** 53 + 2,
];
const WRONG_TYPES = [null, true, false, [], {}, [null], { a: { b: { c: [] } } }, 'x', 123];

/** A value chosen to break things: control characters, huge or odd text, out-of-range numbers, wrong types. */
export function nasty(random: Random): unknown {
  const kind = random();
  if (kind < 0.45) {
    return pick(random, NASTY_STRINGS);
  }
  if (kind < 0.7) {
    return pick(random, NASTY_NUMBERS);
  }
  if (kind < 0.85) {
    return randomUuid(random);
  }
  return structuredClone(pick(random, WRONG_TYPES));
}
