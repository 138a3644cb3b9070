import { createContext } from 'react';
import type { Lang } from './lang.js';

export interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangContextValue>({ lang: 'th', setLang: () => undefined });
