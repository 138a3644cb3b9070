import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/** Response schemas whose routes serialise with a compiled function; see `compiledResponse`. */
const compiled = new WeakMap<z.ZodType, (data: unknown) => string>();

const SHAPING_KEYWORDS = ['type', 'anyOf', 'oneOf', 'allOf', '$ref', 'const', 'enum'];

/**
 * Whether a JSON Schema leaves some value unconstrained (`z.unknown()`, `z.any()`): the compiled
 * function writes such a value with a bare `JSON.stringify`, which gives `undefined` inside an array
 * where zod's path writes `null`, so the output would not be JSON.
 */
function hasUnconstrainedPart(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) {
    return false;
  }
  const schema = node as Record<string, unknown>;
  if (!SHAPING_KEYWORDS.some((keyword) => keyword in schema)) {
    return true;
  }
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
  const values = (value: unknown) => (typeof value === 'object' && value ? Object.values(value) : []);
  return [
    ...values(schema.properties),
    ...values(schema.$defs),
    ...list(schema.prefixItems),
    ...list(schema.anyOf),
    ...list(schema.oneOf),
    ...list(schema.allOf),
    schema.items,
    schema.additionalProperties,
  ].some(hasUnconstrainedPart);
}

/**
 * The JSON Schema of a response schema whose JSON is its value as it is: the same for what the
 * route returns (output) and what goes on the wire (input), so no codec or transform is involved,
 * nothing zod cannot express (a throw there means: not plain) and nothing left unconstrained.
 */
function plainJsonSchema(schema: z.ZodType): object | undefined {
  try {
    const output = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' });
    const input = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
    // zod closes output objects (`additionalProperties: false`) and not input ones; that is no codec.
    const open = (jsonSchema: object) =>
      JSON.stringify(jsonSchema, (key, value: unknown) =>
        key === 'additionalProperties' && value === false ? undefined : value,
      );
    return open(output) === open(input) && !hasUnconstrainedPart(output) ? output : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Marks a list's response schema to be serialised by a function compiled from it
 * (fast-json-stringify) instead of zod's encode and `JSON.stringify`: 0.37 → 0.10 ms for a page
 * of 50 needs (`bench/request-split.ts`). The compiled function writes only the schema's fields,
 * as zod does, but coerces instead of checking: the presenter's return type, z.infer of the same
 * schema, is the check. A schema with a codec or transform is refused here, at start.
 */
export function compiledResponse<T extends z.ZodType>(schema: T): T {
  if (compiled.has(schema)) {
    return schema;
  }
  const jsonSchema = plainJsonSchema(schema);
  if (!jsonSchema) {
    throw new Error(
      'a compiled response needs a plain schema (no codec, transform, unrepresentable or unknown type)',
    );
  }
  compiled.set(schema, fastJson(jsonSchema as Parameters<typeof fastJson>[0]));
  return schema;
}

/** The compiled serialiser of a schema marked by `compiledResponse`, else undefined. */
export function compiledSerialiserOf(schema: unknown): ((data: unknown) => string) | undefined {
  return schema instanceof z.ZodType ? compiled.get(schema) : undefined;
}
