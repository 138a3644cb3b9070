import { isApiError } from '../app/api/client.js';
import type { Lang } from '../app/i18n/index.js';

/** The API's own message for a failed request in the UI language, or the fallback (network, bugs). */
export function apiErrorText(error: unknown, lang: Lang, fallback: string): string {
  if (isApiError(error) && error.problem) {
    return error.problem.messages[lang];
  }
  return fallback;
}
