import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { LangContext } from './LangContext.js';
import { applyLang, readStoredLang, storeLang, type Lang } from './lang.js';

export interface LangProviderProps {
  children: ReactNode;
}

function initialLang(): Lang {
  const lang = readStoredLang() ?? 'th';
  applyLang(lang);
  return lang;
}

export function LangProvider({ children }: LangProviderProps) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    applyLang(next);
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
