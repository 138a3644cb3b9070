import { fromThaiDigits } from './digits.js';

// Intl.Segmenter is roughly quadratic on long inputs, so it only ever sees short pieces.
const MAX_PIECE = 200;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const COMBINING_MARK = /^\p{M}/u;
// A short run of ASCII letters and digits is one word under the Unicode word-break rules (WB5–WB10),
// so it skips the segmenter, whose per-call cost dominates bulk imports of Thai/English names.
const ASCII_WORD = new RegExp(`^[a-z0-9]{1,${MAX_PIECE}}$`);

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

// True if cutting before index i would split a surrogate pair or orphan a Thai vowel/tone mark.
function isContinuation(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return (code >= 0xdc00 && code <= 0xdfff) || COMBINING_MARK.test(s.charAt(i));
}

function chunk(run: string): string[] {
  if (run.length <= MAX_PIECE) {
    return [run];
  }
  const pieces: string[] = [];
  let start = 0;
  while (start < run.length) {
    let end = Math.min(start + MAX_PIECE, run.length);
    while (end < run.length && end > start + 1 && isContinuation(run, end)) {
      end--;
    }
    pieces.push(run.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Word tokens of Thai/mixed text: lower-cased, Thai digits as Arabic, punctuation dropped. */
export function segmentThai(text: string): string[] {
  const normalized = fromThaiDigits(text.normalize('NFC')).toLowerCase();
  const tokens: string[] = [];
  for (const run of normalized.split(SEPARATORS)) {
    if (run === '') {
      continue;
    }
    if (ASCII_WORD.test(run)) {
      tokens.push(run);
      continue;
    }
    for (const piece of chunk(run)) {
      for (const seg of segmenter.segment(piece)) {
        if (seg.isWordLike === true) {
          tokens.push(seg.segment);
        }
      }
    }
  }
  return tokens;
}

/** Space-joined tokens, ready for to_tsvector('simple', …). */
export function toSearchDocument(text: string): string {
  return segmentThai(text).join(' ');
}

/** Injection-safe prefix query for to_tsquery('simple', …), tokens ANDed; null when there are no tokens. */
export function toSearchQuery(text: string): string | null {
  const tokens = [...new Set(segmentThai(text))];
  if (tokens.length === 0) {
    return null;
  }
  // Tokens hold only letters/marks/digits already; quoting is defence in depth against tsquery syntax.
  return tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`).join(' & ');
}
