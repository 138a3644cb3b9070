import type { Bilingual } from '../common/bilingual.js';

/**
 * The question a citizen answers before a need is accepted: a small sum written in Thai words, so
 * a form-filling robot must read Thai to pass. With the per-address rate limit, the hidden field
 * robots fill in, single use and a minimum time to fill in the form, it keeps casual spam out
 * without an outside service or cookies.
 */
const THAI_NUMBERS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;
const ENGLISH_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Seconds a person needs at least to read and fill in the form; faster is a robot. */
export const MIN_FILL_SECONDS = 3;
/** Minutes a challenge stays valid. */
export const CHALLENGE_TTL_MINUTES = 30;

export type Challenge = { question: Bilingual; answer: string };

/** A sum of two numbers 1–9; `draw` returns an integer in [0, 9) (crypto randomness in the server). */
export function makeChallenge(draw: () => number): Challenge {
  const a = draw() + 1;
  const b = draw() + 1;
  return {
    question: {
      th: `${THAI_NUMBERS[a]} บวก ${THAI_NUMBERS[b]} เท่ากับเท่าไร (ตอบเป็นตัวเลข)`,
      en: `What is ${ENGLISH_NUMBERS[a]} plus ${ENGLISH_NUMBERS[b]}? (answer in digits)`,
    },
    answer: String(a + b),
  };
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** The answer as typed (Thai or Arabic digits, spaces around) against the expected one. */
export function answerMatches(expected: string, given: string): boolean {
  const normalised = given.trim().replace(/[๐-๙]/g, (digit) => String(THAI_DIGITS.indexOf(digit)));
  return normalised === expected;
}

/** Why a submission's challenge fails, or null when it passes. */
export function challengeProblem(
  challenge: { answer: string; issuedAt: Date; expiresAt: Date; usedAt: Date | null },
  given: string,
  now: Date,
): 'used' | 'expired' | 'too-fast' | 'wrong' | null {
  if (challenge.usedAt) {
    return 'used';
  }
  if (now.getTime() > challenge.expiresAt.getTime()) {
    return 'expired';
  }
  if (now.getTime() - challenge.issuedAt.getTime() < MIN_FILL_SECONDS * 1000) {
    return 'too-fast';
  }
  return answerMatches(challenge.answer, given) ? null : 'wrong';
}
