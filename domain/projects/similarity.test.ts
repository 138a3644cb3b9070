import { describe, expect, it } from 'vitest';
import { meaningfulWords } from '../needs/similarity.js';
import { scoreSimilarProject, sharedAreas, trigramSimilarity } from './similarity.js';

describe('project similarity', () => {
  it('scores spelling variants of a Thai title high and different projects low', () => {
    const a = 'ก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว - บ้านโนนสูง';
    const b = 'ก่อสร้างถนน คอนกรีตเสริมเหล็ก สายบ้านหนองบัว-โนนสูง';
    const c = 'ฝึกอบรมอาชีพผู้สูงอายุ';
    const score = (x: string, y: string) =>
      scoreSimilarProject({
        titleSimilarity: trigramSimilarity(x, y),
        queryWords: meaningfulWords(x),
        candidateWords: meaningfulWords(y),
      });
    expect(score(a, b)).toBeGreaterThan(0.45);
    expect(score(a, c)).toBeLessThan(0.2);
    expect(score(a, a)).toBe(1);
  });

  it('computes trigram similarity like pg_trgm on Latin text', () => {
    expect(trigramSimilarity('word', 'word')).toBe(1);
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 5); // pg_trgm documents 0.363636;
    expect(trigramSimilarity('', 'x')).toBe(0);
  });

  it('finds overlapping areas by DOPA prefix', () => {
    expect(sharedAreas(['300101'], ['3001'])).toEqual(['300101']);
    expect(sharedAreas(['3001', '3102'], ['310201', '3002'])).toEqual(['310201']);
    expect(sharedAreas(['3001'], ['3002'])).toEqual([]);
  });
});
