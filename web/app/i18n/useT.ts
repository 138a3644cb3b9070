import { useCallback, useContext } from 'react';
import { en } from './en.js';
import { LangContext } from './LangContext.js';
import type { Lang } from './lang.js';
import { th, type MessageKey } from './th.js';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { th, en };

/** Looks a key up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export function useLang() {
  return useContext(LangContext);
}

export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
}
