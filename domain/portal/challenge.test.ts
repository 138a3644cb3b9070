import { describe, expect, it } from 'vitest';
import { answerMatches, challengeProblem, makeChallenge, MIN_FILL_SECONDS } from './challenge.js';

describe('makeChallenge', () => {
  it('asks a sum in Thai and English words and expects the digits', () => {
    const draws = [2, 6];
    const challenge = makeChallenge(() => draws.shift() ?? 0);
    expect(challenge.question.th).toBe('สาม บวก เจ็ด เท่ากับเท่าไร (ตอบเป็นตัวเลข)');
    expect(challenge.question.en).toBe('What is three plus seven? (answer in digits)');
    expect(challenge.answer).toBe('10');
  });

  it('stays within 2–18 for every draw', () => {
    for (let a = 0; a < 9; a += 1) {
      for (let b = 0; b < 9; b += 1) {
        const draws = [a, b];
        const answer = Number(makeChallenge(() => draws.shift() ?? 0).answer);
        expect(answer).toBeGreaterThanOrEqual(2);
        expect(answer).toBeLessThanOrEqual(18);
      }
    }
  });
});

describe('answerMatches', () => {
  it('accepts Arabic or Thai digits with spaces around, nothing else', () => {
    expect(answerMatches('12', ' 12 ')).toBe(true);
    expect(answerMatches('12', '๑๒')).toBe(true);
    expect(answerMatches('12', 'สิบสอง')).toBe(false);
    expect(answerMatches('12', '13')).toBe(false);
    expect(answerMatches('12', '')).toBe(false);
  });
});

describe('challengeProblem', () => {
  const issuedAt = new Date('2026-11-29T10:00:00Z');
  const expiresAt = new Date('2026-11-29T10:30:00Z');
  const base = { answer: '7', issuedAt, expiresAt, usedAt: null };
  const after = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

  it('passes a right answer given in time by someone who took a moment', () => {
    expect(challengeProblem(base, '7', after(MIN_FILL_SECONDS))).toBeNull();
  });

  it('refuses a used, expired, too quick or wrong answer, in that order', () => {
    expect(challengeProblem({ ...base, usedAt: after(5) }, '7', after(10))).toBe('used');
    expect(challengeProblem(base, '7', after(31 * 60))).toBe('expired');
    expect(challengeProblem(base, '7', after(MIN_FILL_SECONDS - 1))).toBe('too-fast');
    expect(challengeProblem(base, '8', after(10))).toBe('wrong');
  });
});
