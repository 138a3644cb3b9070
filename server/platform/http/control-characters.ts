import type { FastifyInstance } from 'fastify';
import { invalid, type FieldError } from './errors.js';

/**
 * Whether a text holds a control character no field accepts: C0 controls except tab, line feed and
 * carriage return, plus DEL. PostgreSQL refuses NUL in text and jsonb, and none of them belongs in a
 * name, a title or a remark.
 */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true;
    }
  }
  return false;
}

/** The dotted path of the first string (value or key) in `value` that holds a control character. */
export function findControlCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') {
    return hasControlCharacter(value) ? path.join('.') : null;
  }
  if (value === null || typeof value !== 'object') {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = hasControlCharacter(key)
      ? [...path, key].join('.')
      : findControlCharacter(item, [...path, key]);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

/** The 400 that names a field holding a control character. */
export function controlCharacterError(path: string): ReturnType<typeof invalid> {
  const error: FieldError = {
    path,
    message: {
      th: 'ข้อความมีอักขระควบคุม (เช่น NUL) ที่ไม่อนุญาต',
      en: 'The text contains a control character (such as NUL) that is not allowed',
    },
  };
  return invalid([error]);
}

/**
 * Refuses control characters in every JSON body, query string and path parameter before the route's
 * schema runs, so no feature has to remember it and none of them reaches the database.
 */
export function registerControlCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const sources: [string, unknown][] = [
      ['', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ];
    for (const [prefix, value] of sources) {
      const found = findControlCharacter(value, prefix ? [prefix] : []);
      if (found !== null) {
        throw controlCharacterError(found || prefix || 'body');
      }
    }
  });
}
