import { wordOverlap } from '../needs/similarity.js';

/** Fiscal years a similar-project search looks back over: this one and the two before. */
export const SIMILAR_YEARS_BACK = 2;

/** Below this a project is not shown as a possible duplicate. */
export const SIMILAR_PROJECT_THRESHOLD = 0.4;

/**
 * How alike two project titles are, 0..1: trigram similarity of the whole titles (catches spelling
 * variants such as คสล. / คอนกรีตเสริมเหล็ก and spacing) and overlap of their segmented Thai words.
 */
export function scoreSimilarProject(input: {
  titleSimilarity: number;
  queryWords: readonly string[];
  candidateWords: readonly string[];
}): number {
  const words =
    (wordOverlap(input.queryWords, input.candidateWords).ratio +
      wordOverlap(input.candidateWords, input.queryWords).ratio) /
    2;
  return Math.round((0.6 * input.titleSimilarity + 0.4 * words) * 1000) / 1000;
}

/** Whether two projects work in overlapping areas: one area code lies within (or is) the other. */
export function sharedAreas(a: readonly string[], b: readonly string[]): string[] {
  const shared = new Set<string>();
  for (const left of a) {
    for (const right of b) {
      if (left.startsWith(right) || right.startsWith(left)) {
        shared.add(left.length >= right.length ? left : right);
      }
    }
  }
  return [...shared].sort();
}

function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)) {
    const chars = [...`  ${word} `];
    for (let index = 0; index + 3 <= chars.length; index += 1) {
      grams.add(chars.slice(index, index + 3).join(''));
    }
  }
  return grams;
}

/** pg_trgm's similarity() in memory: shared trigrams of the padded words over all trigrams, 0..1. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigramsOf(a);
  const right = trigramsOf(b);
  const shared = [...left].filter((gram) => right.has(gram)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
