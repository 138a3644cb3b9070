const DIGIT_WORDS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;
const PLACE_WORDS = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'] as const;
const GROUP_SIZE = 1_000_000n;

// Reads one 6-digit group (1..999999). `hasHigher` = nonzero digits exist in a more significant group,
// which is what makes a lone trailing 1 read เอ็ด (1,000,001 → หนึ่งล้านเอ็ด).
function readGroup(group: number, hasHigher: boolean): string {
  const digits = String(group).padStart(6, '0');
  let out = '';
  for (let i = 0; i < 6; i++) {
    const d = Number(digits.charAt(i));
    const place = 5 - i;
    if (d === 0) {
      continue;
    }
    if (place === 1) {
      out += d === 1 ? 'สิบ' : d === 2 ? 'ยี่สิบ' : `${DIGIT_WORDS[d] ?? ''}สิบ`;
    } else if (place === 0 && d === 1 && (hasHigher || group > 1)) {
      out += 'เอ็ด';
    } else {
      out += `${DIGIT_WORDS[d] ?? ''}${PLACE_WORDS[place] ?? ''}`;
    }
  }
  return out;
}

// Positive integers only; ล้าน repeats once per 6-digit group boundary (10^12 → หนึ่งล้านล้าน).
function readInteger(n: bigint): string {
  const groups: number[] = [];
  for (let rest = n; rest > 0n; rest /= GROUP_SIZE) {
    groups.unshift(Number(rest % GROUP_SIZE));
  }
  let out = '';
  groups.forEach((group, i) => {
    if (group !== 0) {
      out += readGroup(group, out !== '');
    }
    if (i < groups.length - 1) {
      out += 'ล้าน';
    }
  });
  return out;
}

/** Thai words for an amount in satang: 2125n → "ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์", 0n → "ศูนย์บาทถ้วน". */
export function bahtText(satang: bigint): string {
  const negative = satang < 0n;
  const abs = negative ? -satang : satang;
  const baht = abs / 100n;
  const rest = abs % 100n;
  let words: string;
  if (abs === 0n) {
    words = 'ศูนย์บาทถ้วน';
  } else if (rest === 0n) {
    words = `${readInteger(baht)}บาทถ้วน`;
  } else {
    words = `${baht > 0n ? `${readInteger(baht)}บาท` : ''}${readInteger(rest)}สตางค์`;
  }
  return negative ? `ลบ${words}` : words;
}
