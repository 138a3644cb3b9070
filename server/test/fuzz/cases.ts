import type { JsonSchema, Operation } from '../openapi-operations.js';
import { nasty, pick, randomUuid, validish, type Random } from './values.js';

export type FuzzCase = {
  operation: Operation;
  url: string;
  body?: unknown;
  rawBody?: { payload: Buffer; contentType: string };
};

/** Replaces one random leaf (or a missing field, or an unknown one) of a value with a nasty value. */
function mutate(value: unknown, random: Random): unknown {
  if (value === null || typeof value !== 'object' || random() < 0.15) {
    return nasty(random);
  }
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  const keys = Object.keys(copy);
  const choice = random();
  if (keys.length === 0 || choice < 0.1) {
    copy[pick(random, ['unknownField', '__proto__x', 'constructor', '\u0000key'])] = nasty(random);
  } else if (choice < 0.25 && !Array.isArray(value)) {
    delete copy[pick(random, keys)];
  } else {
    const key = pick(random, keys);
    copy[key] = mutate(copy[key], random);
  }
  return copy;
}

/** A path segment; a lone surrogate cannot be percent-encoded, so it becomes invalid UTF-8 bytes instead. */
function pathSegment(value: unknown): string {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%ED%A0%80';
  }
}

function queryString(entries: [string, unknown][]): string {
  const search = new URLSearchParams();
  for (const [name, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) {
      search.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const MULTIPART_BODIES = [
  '--b\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nabc',
  '--b\r\nContent-Disposition: form-data; name="file"; filename="x\u0000.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n--b--\r\n',
  '--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--b--\r\n',
  '--b--\r\n',
  'not multipart at all',
  '--b\r\nContent-Disposition: form-data; name="file"; filename="data.bin"\r\n\r\n\u0000\u0001\u0002\r\n--b--\r\n',
];

/**
 * One request for an operation: valid-ish parameters and body, then (most of the time) one part
 * mutated. Operations without a JSON body sometimes get a broken multipart body, which covers uploads.
 */
export function buildCase(operation: Operation, random: Random, ids: readonly string[]): FuzzCase {
  const mutateWhere = random() < 0.2 ? 'none' : pick(random, ['path', 'query', 'body', 'body', 'body']);
  let path = operation.path;
  const query: [string, unknown][] = [];
  for (const parameter of operation.parameters) {
    let value: unknown = validish(parameter.schema, random, ids);
    if (parameter.in === 'path') {
      if (mutateWhere === 'path' && random() < 0.7) {
        value = random() < 0.5 ? nasty(random) : randomUuid(random);
      }
      path = path.replace(`{${parameter.name}}`, pathSegment(value));
    } else if (parameter.in === 'query' && (parameter.required || random() < 0.5)) {
      query.push([parameter.name, mutateWhere === 'query' && random() < 0.5 ? nasty(random) : value]);
    }
  }
  if (mutateWhere === 'query' && random() < 0.3) {
    query.push([pick(random, ['limit', 'offset', 'q', 'unknown']), nasty(random)]);
  }
  const url = `${path}${queryString(query)}`;
  if (operation.body) {
    const body = validish(operation.body as JsonSchema, random, ids);
    return { operation, url, body: mutateWhere === 'body' ? mutate(body, random) : body };
  }
  if (operation.method !== 'GET' && random() < 0.5) {
    return {
      operation,
      url,
      rawBody: {
        payload: Buffer.from(pick(random, MULTIPART_BODIES)),
        contentType: 'multipart/form-data; boundary=b',
      },
    };
  }
  return { operation, url, ...(operation.method === 'GET' || random() < 0.5 ? {} : { body: nasty(random) }) };
}
