export { LangProvider } from './LangProvider.js';
export { useLang, useT, translate, type Translate } from './useT.js';
export { type Lang, isLang } from './lang.js';
export type { MessageKey } from './th.js';
