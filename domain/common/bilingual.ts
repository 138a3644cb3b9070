import { z } from 'zod';

export type Bilingual = { th: string; en: string };

const thaiByEnglish = new Map<string, string>();

/**
 * A zod message with its Thai twin: schemas keep the English text (zod takes one string) and the
 * error presenter finds the Thai one here, so both languages come from the same declaration.
 */
export function bilingualMessage(th: string, en: string): { message: string } {
  thaiByEnglish.set(en, th);
  return { message: en };
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { th: 'ข้อความ', en: 'text' },
  number: { th: 'ตัวเลข', en: 'a number' },
  int: { th: 'จำนวนเต็ม', en: 'a whole number' },
  boolean: { th: 'ค่าจริง/เท็จ', en: 'true or false' },
  object: { th: 'ออบเจกต์', en: 'an object' },
  array: { th: 'รายการ', en: 'a list' },
  date: { th: 'วันที่', en: 'a date' },
  bigint: { th: 'จำนวนเต็ม', en: 'a whole number' },
};

const thaiLocale = z.locales.th();
const englishLocale = z.locales.en();

function localeText(result: ReturnType<typeof thaiLocale.localeError>): string {
  if (typeof result === 'string') {
    return result;
  }
  return result?.message ?? '';
}

/** Both languages' text for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
  const knownThai = thaiByEnglish.get(issue.message);
  if (knownThai !== undefined) {
    return { th: knownThai, en: issue.message };
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? { th: issue.expected, en: issue.expected };
    const missing = issue.message.includes('received undefined');
    return missing
      ? { th: 'จำเป็นต้องระบุ', en: 'Required' }
      : { th: `ต้องเป็น${expected.th}`, en: `Must be ${expected.en}` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { th: `มีช่องที่ไม่รู้จัก: ${issue.keys.join(', ')}`, en: `Unknown fields: ${issue.keys.join(', ')}` };
  }
  // Issues carry a message already built in English; Thai comes from zod's own Thai locale.
  const raw = issue as unknown as Parameters<typeof thaiLocale.localeError>[0];
  return {
    th: localeText(thaiLocale.localeError(raw)) || issue.message,
    en: localeText(englishLocale.localeError(raw)) || issue.message,
  };
}
