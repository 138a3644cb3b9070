import type { Bilingual } from './bilingual.js';

// C0 controls except tab, line feed and carriage return (a cell may hold several lines), and DEL:
// matching them is the point of these patterns.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export type FieldProblem = Bilingual & { field: string };

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTER.test(text);

/** Text safe to store and show: control characters (NUL and the like) removed. */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

/** One problem per column of an uploaded row whose value holds a control character such as NUL. */
export function controlCharacterProblems(values: Readonly<Record<string, string>>): FieldProblem[] {
  return Object.entries(values)
    .filter(([, value]) => hasControlCharacters(value))
    .map(([field]) => ({
      field,
      th: `คอลัมน์ ${field} มีอักขระควบคุม (เช่น NUL) ที่ไม่อนุญาต`,
      en: `Column ${field} holds a control character (such as NUL) that is not allowed`,
    }));
}
