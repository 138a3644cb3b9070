const THAI_LETTER = /[\u0E01-\u0E5B]/;
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

// Words the dictionary splits that a reader sees as one (loanwords, compounds common in plans).
const KEEP_TOGETHER = [
  'โลจิสติกส์',
  'การท่องเที่ยว',
  'ท่องเที่ยว',
  'ตะวันออกเฉียงเหนือ',
  'ตะวันออก',
  'ตะวันตก',
  'เทคโนโลยี',
  'ดิจิทัล',
  'อินเทอร์เน็ต',
  'นวัตกรรม',
  'สาธารณูปโภค',
  'ผลิตภัณฑ์',
  // Budget and plan words the dictionary splits, some only in context (เชิงวัฒน|ธร|รม).
  'วัฒนธรรม',
  'งบประมาณ',
  'รายจ่าย',
  'เป้าหมาย',
  'ตัวชี้วัด',
  'พื้นฐาน',
  'หลักฐาน',
  'อัตลักษณ์',
  'ผลสัมฤทธิ์',
  'พระราชบัญญัติ',
];
// Amounts in words (bahtText) keep each group whole; a line may break only after ล้าน and บาท.
const NUMBER_WORDS = new Set('หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ ยี่ เอ็ด ร้อย พัน หมื่น แสน สตางค์ ถ้วน'.split(' '));
const GROUP_ENDS = new Set(['ล้าน', 'บาท']);

function segmentsOf(run: string): string[] {
  return [...segmenter.segment(run)].map((segment) => segment.segment);
}

/** Merges dictionary fragments of one known word, and number words into their amount group. */
function merge(segments: string[]): string[] {
  const units: string[] = [];
  let index = 0;
  while (index < segments.length) {
    const rest = segments.slice(index).join('');
    const word = KEEP_TOGETHER.filter((candidate) => rest.startsWith(candidate)).sort(
      (a, b) => b.length - a.length,
    )[0];
    let end = index + 1;
    if (word) {
      let length = segments[index]?.length ?? 0;
      while (length < word.length && end < segments.length) {
        length += segments[end]?.length ?? 0;
        end += 1;
      }
    } else if (NUMBER_WORDS.has(segments[index] ?? '')) {
      while (
        end < segments.length &&
        (NUMBER_WORDS.has(segments[end] ?? '') || GROUP_ENDS.has(segments[end] ?? ''))
      ) {
        end += 1;
        if (GROUP_ENDS.has(segments[end - 1] ?? '')) {
          break;
        }
      }
    }
    units.push(segments.slice(index, end).join(''));
    index = end;
  }
  return units;
}

/**
 * Text cut into the pieces a line may break between: Thai words as Intl.Segmenter finds them, with
 * known compounds and each amount-in-words group kept whole; spaces and non-Thai runs stay as they are.
 * Joining the pieces gives the text back.
 */
export function lineBreakUnits(text: string): string[] {
  const units: string[] = [];
  for (const run of text.split(/(\s+)/)) {
    if (run === '') {
      continue;
    }
    units.push(...(THAI_LETTER.test(run) ? merge(segmentsOf(run)) : [run]));
  }
  return units;
}

/** True when a piece is Thai text, between whose neighbours only the markup's break markers allow a line break. */
export function isThaiUnit(unit: string): boolean {
  return THAI_LETTER.test(unit) && !/\s/.test(unit);
}
