import { z } from 'zod';
import { bilingualMessage } from './bilingual.js';

/**
 * Opaque keyset-pagination cursors: the sort key of the last row of a page, as base64url JSON. Lists
 * answer `nextCursor` and take it back as `cursor`, so a page costs the same at any depth.
 */
export function encodeCursor(key: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const badCursor = bilingualMessage(
  'ตัวชี้หน้าถัดไปไม่ถูกต้อง ให้เริ่มจากหน้าแรกใหม่',
  'Invalid page cursor; start again from the first page',
);

function decodeCursor(text: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  } catch {
    return undefined;
  }
}

/** A query-string cursor decoded and checked against the list's key shape (400 when tampered with). */
export function cursorQuery<T extends z.ZodType>(key: T) {
  return z
    .string()
    .max(1000, badCursor)
    .transform((text, context) => {
      const parsed = key.safeParse(decodeCursor(text));
      if (!parsed.success) {
        context.addIssue({ code: 'custom', ...badCursor });
        return z.NEVER;
      }
      return parsed.data as z.output<T>;
    });
}
