import { describe, expect, it } from 'vitest';
import {
  allWordsQuery,
  anyWordQuery,
  areaProximity,
  meaningfulWords,
  scoreSimilarNeed,
  SIMILAR_THRESHOLD,
  wordOverlap,
} from './similarity.js';

describe('area proximity', () => {
  it.each([
    ['30010101', '30010101', 'same_area'],
    ['30010101', '30010102', 'same_subdistrict'],
    ['300101', '30010107', 'same_subdistrict'],
    ['30010101', '30010201', 'same_district'],
    ['3001', '30010201', 'same_district'],
    ['3001', '3001', 'same_area'],
    ['30010101', '30020101', 'same_province'],
    ['30', '30020101', 'same_province'],
    ['3001', '3002', 'same_province'],
    ['30010101', '50010101', 'other'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(areaProximity(a, b)).toBe(expected);
    expect(areaProximity(b, a)).toBe(expected);
  });
});

describe('meaningful words', () => {
  it('segments Thai and drops stop words and village filler', () => {
    expect(meaningfulWords('ถนนลูกรังชำรุดในหมู่บ้าน')).toEqual(['ถนน', 'ลูกรัง', 'ชำรุด']);
    expect(meaningfulWords('ขาดแหล่งน้ำเพื่อการเกษตร')).toEqual(['ขาด', 'แหล่ง', 'น้ำ', 'การเกษตร']);
    expect(meaningfulWords('ต้องการซ่อมถนนลูกรัง หมู่ 3')).toEqual(['ซ่อม', 'ถนน', 'ลูกรัง']);
  });

  it('keeps each word once', () => {
    expect(meaningfulWords('ถนน ถนน ถนนลูกรัง')).toEqual(['ถนน', 'ลูกรัง']);
  });
});

describe('word overlap', () => {
  it('is the share of the query words found in the candidate', () => {
    expect(wordOverlap(['ถนน', 'ลูกรัง', 'ชำรุด'], ['ถนน', 'ลูกรัง', 'เสีย', 'หาย'])).toEqual({
      ratio: 2 / 3,
      shared: ['ถนน', 'ลูกรัง'],
    });
    expect(wordOverlap(['ไฟฟ้า'], ['ถนน'])).toEqual({ ratio: 0, shared: [] });
    expect(wordOverlap([], ['ถนน'])).toEqual({ ratio: 0, shared: [] });
  });
});

describe('similar-need score', () => {
  const road = meaningfulWords('ถนนลูกรังชำรุดในหมู่บ้าน');

  it('ranks a near-duplicate in the same village high, with reasons in both languages', () => {
    const result = scoreSimilarNeed({
      titleSimilarity: 0.6,
      queryWords: road,
      candidateWords: meaningfulWords('ถนนลูกรังในหมู่บ้านชำรุดเสียหาย'),
      queryAreaCode: '30010101',
      candidateAreaCode: '30010101',
    });
    // 0.5 × 0.6 + 0.3 × 1 + 0.2 × 1
    expect(result.score).toBe(0.8);
    expect(result.proximity).toBe('same_area');
    expect(result.reasons).toEqual([
      { th: 'ชื่อเรื่องคล้ายกัน 60%', en: 'Titles 60% alike' },
      { th: 'คำที่ตรงกัน: ถนน, ลูกรัง, ชำรุด', en: 'Shared words: ถนน, ลูกรัง, ชำรุด' },
      { th: 'พื้นที่เดียวกัน', en: 'Same area' },
    ]);
  });

  it('weighs nearer areas higher for the same text', () => {
    const scoreIn = (candidateAreaCode: string) =>
      scoreSimilarNeed({
        titleSimilarity: 0.4,
        queryWords: road,
        candidateWords: road,
        queryAreaCode: '30010101',
        candidateAreaCode,
      }).score;
    expect(scoreIn('30010101')).toBe(0.7);
    expect(scoreIn('30010105')).toBe(0.66);
    expect(scoreIn('30010205')).toBe(0.62);
    expect(scoreIn('30050205')).toBe(0.56);
    expect(scoreIn('50010101')).toBe(0.5);
  });

  it('keeps an unrelated need of the same village below the threshold', () => {
    const result = scoreSimilarNeed({
      titleSimilarity: 0.05,
      queryWords: road,
      candidateWords: meaningfulWords('ผู้สูงอายุขาดรายได้'),
      queryAreaCode: '30010101',
      candidateAreaCode: '30010101',
    });
    expect(result.score).toBe(0.225);
    expect(result.score).toBeLessThan(SIMILAR_THRESHOLD);
    expect(result.reasons).toEqual([{ th: 'พื้นที่เดียวกัน', en: 'Same area' }]);
  });

  it('clamps similarity into 0..1 and rounds to three decimals', () => {
    const high = scoreSimilarNeed({
      titleSimilarity: 1.7,
      queryWords: [],
      candidateWords: [],
      queryAreaCode: '30',
      candidateAreaCode: '50',
    });
    expect(high.score).toBe(0.5);
    const low = scoreSimilarNeed({
      titleSimilarity: -1,
      queryWords: ['a1'],
      candidateWords: ['a1', 'b2', 'c3'],
      queryAreaCode: '3001',
      candidateAreaCode: '3002',
    });
    expect(low.score).toBe(0.36);
    const third = scoreSimilarNeed({
      titleSimilarity: 0,
      queryWords: ['a1', 'b2', 'c3'],
      candidateWords: ['a1'],
      queryAreaCode: '30',
      candidateAreaCode: '50',
    });
    expect(third.score).toBe(0.1);
  });
});

describe('word queries', () => {
  it('OR (any word) or AND (all words) the quoted words and escape quotes', () => {
    expect(anyWordQuery(['ถนน', 'ลูกรัง'])).toBe("'ถนน' | 'ลูกรัง'");
    expect(anyWordQuery(["o'neil"])).toBe("'o''neil'");
    expect(anyWordQuery([])).toBeNull();
    expect(allWordsQuery(['ถนน', "o'neil"])).toBe("'ถนน' & 'o''neil'");
    expect(allWordsQuery([])).toBeNull();
  });
});
