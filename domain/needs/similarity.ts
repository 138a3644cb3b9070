import type { Bilingual } from '../common/bilingual.js';
import { segmentThai } from '../thai/segment.js';

/** How close two areas lie in the DOPA tree. */
export const AREA_PROXIMITIES = [
  'same_area',
  'same_subdistrict',
  'same_district',
  'same_province',
  'other',
] as const;
export type AreaProximity = (typeof AREA_PROXIMITIES)[number];

const PROXIMITY_WEIGHT: Record<AreaProximity, number> = {
  same_area: 1,
  same_subdistrict: 0.8,
  same_district: 0.6,
  same_province: 0.3,
  other: 0,
};

const PROXIMITY_REASON: Record<Exclude<AreaProximity, 'other'>, Bilingual> = {
  same_area: { th: 'พื้นที่เดียวกัน', en: 'Same area' },
  same_subdistrict: { th: 'ตำบลเดียวกัน', en: 'Same subdistrict' },
  same_district: { th: 'อำเภอเดียวกัน', en: 'Same district' },
  same_province: { th: 'จังหวัดเดียวกัน', en: 'Same province' },
};

// Words that appear in almost every need and say nothing about which one it is.
const STOP_WORDS = new Set([
  'ใน',
  'และ',
  'ที่',
  'ของ',
  'การ',
  'ไม่',
  'มี',
  'ให้',
  'เพื่อ',
  'จาก',
  'กับ',
  'ได้',
  'เป็น',
  'แก่',
  'ซึ่ง',
  'หรือ',
  'ความ',
  'ต้องการ',
  'ปัญหา',
  'ขอ',
  'หมู่',
  'บ้าน',
  'หมู่บ้าน',
  'ตำบล',
  'อำเภอ',
  'จังหวัด',
  'ทำ',
  'ไป',
  'มา',
  'อยู่',
  'the',
  'a',
  'an',
  'of',
  'in',
  'and',
  'to',
  'for',
]);

/** Weights of the three signals; they sum to 1 so a score is 0..1. */
export const SIMILARITY_WEIGHTS = { title: 0.5, words: 0.3, area: 0.2 } as const;

/** Below this a candidate is not shown as a possible duplicate. */
export const SIMILAR_THRESHOLD = 0.35;

/** The proximity of two DOPA codes by their longest shared level prefix. */
export function areaProximity(a: string, b: string): AreaProximity {
  if (a === b) {
    return 'same_area';
  }
  const shared = (length: number) =>
    a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length);
  if (shared(6)) {
    return 'same_subdistrict';
  }
  if (shared(4)) {
    return 'same_district';
  }
  return shared(2) ? 'same_province' : 'other';
}

/** Distinct meaningful words of a text: Thai-segmented, stop words and single letters dropped. */
export function meaningfulWords(text: string): string[] {
  return [...new Set(segmentThai(text))].filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** Share of the query's words found among the candidate's, and which words those are. */
export function wordOverlap(
  queryWords: readonly string[],
  candidateWords: readonly string[],
): { ratio: number; shared: string[] } {
  if (queryWords.length === 0) {
    return { ratio: 0, shared: [] };
  }
  const candidate = new Set(candidateWords);
  const shared = queryWords.filter((word) => candidate.has(word));
  return { ratio: shared.length / queryWords.length, shared };
}

export type SimilarityInput = {
  /** pg_trgm similarity() of the two titles, 0..1. */
  titleSimilarity: number;
  queryWords: readonly string[];
  candidateWords: readonly string[];
  queryAreaCode: string;
  candidateAreaCode: string;
};

export type SimilarityScore = { score: number; proximity: AreaProximity; reasons: Bilingual[] };

/** Scores a candidate duplicate: title trigrams, shared words and area proximity, with reasons. */
export function scoreSimilarNeed(input: SimilarityInput): SimilarityScore {
  const titleSimilarity = Math.min(1, Math.max(0, input.titleSimilarity));
  const overlap = wordOverlap(input.queryWords, input.candidateWords);
  const proximity = areaProximity(input.queryAreaCode, input.candidateAreaCode);
  const raw =
    SIMILARITY_WEIGHTS.title * titleSimilarity +
    SIMILARITY_WEIGHTS.words * overlap.ratio +
    SIMILARITY_WEIGHTS.area * PROXIMITY_WEIGHT[proximity];
  const reasons: Bilingual[] = [];
  if (titleSimilarity >= 0.2) {
    const percent = Math.round(titleSimilarity * 100);
    reasons.push({ th: `ชื่อเรื่องคล้ายกัน ${percent}%`, en: `Titles ${percent}% alike` });
  }
  if (overlap.shared.length > 0) {
    const words = overlap.shared.slice(0, 6).join(', ');
    reasons.push({ th: `คำที่ตรงกัน: ${words}`, en: `Shared words: ${words}` });
  }
  if (proximity !== 'other') {
    reasons.push(PROXIMITY_REASON[proximity]);
  }
  return { score: Math.round(raw * 1000) / 1000, proximity, reasons };
}

const wordsQuery = (words: readonly string[], operator: '|' | '&') =>
  words.length === 0
    ? null
    : words.map((word) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(` ${operator} `);

/** A to_tsquery('simple', …) text matching any of the words; null when there are none. */
export function anyWordQuery(words: readonly string[]): string | null {
  return wordsQuery(words, '|');
}

/** A to_tsquery('simple', …) text matching all of the words; null when there are none. */
export function allWordsQuery(words: readonly string[]): string | null {
  return wordsQuery(words, '&');
}
