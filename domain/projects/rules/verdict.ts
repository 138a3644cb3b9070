import type { Bilingual } from '../../common/bilingual.js';
import { formatBaht } from '../../thai/money.js';

/**
 * What one evaluator decides before the rule's own texts are applied: pass, fail or not applicable
 * (with the reason), and the values its explanation templates may name.
 */
export type Verdict =
  | { status: 'pass' | 'fail'; values: Record<string, Bilingual> }
  | { status: 'not_applicable'; note: Bilingual };

/** The same text in both languages, for numbers, codes and amounts. */
export const same = (value: string | number): Bilingual => ({ th: String(value), en: String(value) });

/** An amount for a message: '1,250,000.50'. */
export const baht = (satang: bigint): Bilingual => same(formatBaht(satang));

/** Joins bilingual parts per language; a dash when there are none. */
export function joinBilingual(parts: readonly Bilingual[]): Bilingual {
  if (parts.length === 0) {
    return same('-');
  }
  return { th: parts.map((part) => part.th).join(', '), en: parts.map((part) => part.en).join(', ') };
}

/** Fills `{name}` placeholders with the verdict's values in one language. */
export function renderTemplate(
  template: string,
  values: Record<string, Bilingual>,
  language: keyof Bilingual,
): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name]?.[language] ?? whole);
}
