import dayjs from 'dayjs';
import 'dayjs/locale/th.js';

export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'areaplan.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'th' || value === 'en';
}

/** The stored choice, or null when the user never picked one. */
export function readStoredLang(): Lang | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or a full quota: the choice simply lasts for this page.
  }
}

/** Points dayjs (month names in pickers) and the document at the language. */
export function applyLang(lang: Lang): void {
  dayjs.locale(lang);
  document.documentElement.lang = lang;
}
