import { describe, it, expect } from 'vitest';
import { segmentThai, toSearchDocument, toSearchQuery } from './segment.js';

describe('segmentThai', () => {
  it('splits a Thai sentence into dictionary words', () => {
    const tokens = segmentThai('หัวหน้าสำนักงานจังหวัดต้องทำงานอย่างนักบริหาร');
    expect(tokens).toContain('หัวหน้า');
    expect(tokens).toContain('สำนักงาน');
    expect(tokens).toContain('จังหวัด');
  });

  it('handles mixed Thai/English, lower-cases Latin and drops punctuation', () => {
    expect(segmentThai('ระบบ ERP ของสำนักงาน, Hello-World!')).toEqual([
      'ระบบ',
      'erp',
      'ของ',
      'สำนักงาน',
      'hello',
      'world',
    ]);
  });

  it('normalises Thai digits to Arabic', () => {
    expect(segmentThai('งบ ๒๕๖๙')).toEqual(['งบ', '2569']);
  });

  it('returns [] for punctuation or whitespace only', () => {
    expect(segmentThai(' ...,;!? \n\t— “” ')).toEqual([]);
    expect(segmentThai('')).toEqual([]);
  });

  it('segments a 200,000-char unbroken Thai run', () => {
    // 8-char word × 25,000; 200-char pieces hold exactly 25 words, so the count is deterministic.
    const text = 'สำนักงาน'.repeat(25_000);
    expect(text.length).toBe(200_000);
    const tokens = segmentThai(text);
    expect(tokens).toHaveLength(25_000);
    expect(new Set(tokens)).toEqual(new Set(['สำนักงาน']));
  });

  it('segments 200,000 chars of spaced mixed text', () => {
    const unit = 'จังหวัด ERP ๑๒๓ ';
    const text = unit.repeat(200_000 / unit.length);
    expect(text.length).toBe(200_000);
    const tokens = segmentThai(text);
    expect(tokens).toHaveLength((200_000 / unit.length) * 3);
    expect(tokens.slice(0, 3)).toEqual(['จังหวัด', 'erp', '123']);
  });

  it('never cuts a long run before a combining mark', () => {
    // 199 'ก' then 'กี': a naive 200-char cut would orphan the vowel mark ี.
    const tokens = segmentThai(`${'ก'.repeat(199)}กี`);
    expect(tokens.join('')).toBe(`${'ก'.repeat(199)}กี`);
    expect(tokens.every((t) => !/^\p{M}/u.test(t))).toBe(true);
  });
});

describe('segmentThai on ASCII words', () => {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const bySegmenter = (run: string) =>
    [...segmenter.segment(run)].filter((part) => part.isWordLike).map((part) => part.segment);

  it('gives the same tokens as the segmenter for runs of letters and digits', () => {
    const runs = ['ban', 'a', '7', '2569', 'moo3', '3rd', 'x1y2z3', 'b'.repeat(200), 'nongbua123'];
    for (const run of runs) {
      expect(segmentThai(run)).toEqual(bySegmenter(run));
    }
  });

  it('still splits a run longer than a piece as the segmenter sees it', () => {
    expect(segmentThai('a'.repeat(201))).toEqual(['a'.repeat(200), 'a']);
  });
});

describe('toSearchDocument', () => {
  it('joins tokens with spaces', () => {
    expect(toSearchDocument('สำนักงานจังหวัด ขอนแก่น!')).toBe('สำนักงาน จังหวัด ขอนแก่น');
    expect(toSearchDocument('!!!')).toBe('');
  });
});

describe('toSearchQuery', () => {
  it('builds ANDed prefix terms', () => {
    expect(toSearchQuery('สำนักงานจังหวัด')).toBe("'สำนักงาน':* & 'จังหวัด':*");
  });

  it('neutralises tsquery operators in user input', () => {
    expect(toSearchQuery("a & b | !c ' :")).toBe("'a':* & 'b':* & 'c':*");
    expect(toSearchQuery("O'Brien (x) <-> y:*")).toBe("'o':* & 'brien':* & 'x':* & 'y':*");
  });

  it('deduplicates repeated tokens', () => {
    expect(toSearchQuery('แผน แผน plan PLAN')).toBe("'แผน':* & 'plan':*");
  });

  it('returns null when there are no tokens', () => {
    expect(toSearchQuery("&|!'(): ")).toBeNull();
    expect(toSearchQuery('')).toBeNull();
  });
});
