// Deterministic synthetic needs for one province: the same seed always gives the same rows.
import { NEED_ORIGINS, type NeedOrigin, type NeedStatus } from '../../domain/needs/need.js';
import { formatNeedReference } from '../../domain/needs/reference-number.js';
import { fiscalYearOf, toSearchDocument } from '../../domain/thai/index.js';

export type Subdistrict = { code: string; nameTh: string };

/** Title stems by dimension sort position; the common search words of the bench appear in several. */
const STEMS: string[][] = [
  ['ขาดแคลนน้ำเพื่อการเกษตร', 'ราคาผลผลิตตกต่ำ ต้องการตลาดรองรับ', 'ต้องการส่งเสริมอาชีพกลุ่มทอผ้า', 'ต้องการขุดลอกคลองส่งน้ำ'],
  [
    'ถนนลูกรังชำรุดในหมู่บ้าน',
    'ต้องการซ่อมแซมถนนคอนกรีต',
    'ไฟฟ้าส่องสว่างไม่เพียงพอ',
    'ผู้สูงอายุขาดผู้ดูแล',
    'ขาดแคลนน้ำประปาหมู่บ้าน',
  ],
  ['น้ำท่วมขังพื้นที่การเกษตร', 'ปัญหาขยะมูลฝอยในชุมชน', 'ภัยแล้งซ้ำซาก ขาดแคลนน้ำอุปโภค', 'ลำห้วยตื้นเขิน ต้องการขุดลอก'],
  ['ปัญหายาเสพติดในกลุ่มเยาวชน', 'ต้องการกล้องวงจรปิดบริเวณทางแยก', 'ถนนมืดเสี่ยงอุบัติเหตุ'],
  ['ระบบอินเทอร์เน็ตไม่ทั่วถึง', 'ต้องการปรับปรุงศาลาประชาคม', 'ต้องการศูนย์บริการประชาชน'],
];
const DETAILS = [
  'ประชาชนได้รับความเดือดร้อนมาหลายปี',
  'เสนอผ่านเวทีประชาคมหมู่บ้าน',
  'ช่วงฤดูฝนน้ำท่วมถนนสัญจรไม่ได้',
  'ต้องการงบประมาณสนับสนุนจากจังหวัด',
  'ข้อมูลสังเคราะห์สำหรับทดสอบสมรรถนะ',
];
const STATUS_WEIGHTS: [NeedStatus, number][] = [
  ['received', 40],
  ['screened', 25],
  ['linked', 15],
  ['forwarded', 10],
  ['rejected', 7],
  ['merged', 3],
];
const START = Date.UTC(2022, 9, 1);
const END = Date.UTC(2026, 9, 31);

/** A small linear congruential generator seeded per province. */
export function randomSource(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = '4';
      hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 3) | 8).toString(16);
      const text = hex.join('');
      return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    },
  };
}

/** The entry whose share of the weights (in hundredths) `roll` (0–1) falls in; else the first. */
export function weighted<T>(weights: readonly [T, number][], roll: number): T {
  let bound = 0;
  for (const [value, weight] of weights) {
    bound += weight / 100;
    if (roll < bound) {
      return value;
    }
  }
  return weights[0]?.[0] as T;
}

export type GeneratedNeed = {
  id: string;
  referenceNo: string;
  provinceCode: string;
  areaCode: string;
  fiscalYear: number;
  title: string;
  description: string;
  origin: NeedOrigin;
  dimensionId: number;
  households: number;
  people: number;
  sourcePriority: number | null;
  status: NeedStatus;
  mergedIntoId: string | null;
  searchTokens: string;
  createdAt: Date;
};

// Segmenting is the slow part of generation; titles and details repeat, so each is segmented once.
const tokenCache = new Map<string, string>();
export function tokensOf(text: string): string {
  let tokens = tokenCache.get(text);
  if (tokens === undefined) {
    tokens = toSearchDocument(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * `count` needs of one province on its real subdistricts (some on the district), oldest first so
 * reference numbers run with time, as the app would have issued them.
 */
export function provinceNeeds(
  provinceCode: string,
  subdistricts: readonly Subdistrict[],
  dimensionIds: readonly number[],
  count: number,
  seed: number,
): GeneratedNeed[] {
  const random = randomSource(seed * 100 + Number(provinceCode));
  const times = Array.from({ length: count }, () => START + Math.floor(random.next() * (END - START))).sort(
    (a, b) => a - b,
  );
  const running = new Map<number, number>();
  const rows: GeneratedNeed[] = [];
  for (const time of times) {
    const createdAt = new Date(time);
    const fiscalYear = fiscalYearOf(createdAt);
    const runningNo = (running.get(fiscalYear) ?? 0) + 1;
    running.set(fiscalYear, runningNo);
    const subdistrict = random.pick(subdistricts);
    const dimensionIndex = random.int(0, dimensionIds.length - 1);
    const atDistrict = random.next() < 0.15;
    const title = `${random.pick(STEMS[dimensionIndex % STEMS.length] ?? [])} ${atDistrict ? 'ในเขตอำเภอ' : `ตำบล${subdistrict.nameTh}`}`;
    const description = `${random.pick(DETAILS)} หมู่ที่ ${random.int(1, 15)}`;
    const households = random.int(5, 400);
    const status = weighted(STATUS_WEIGHTS, random.next());
    const previous = rows.at(-1);
    rows.push({
      id: random.uuid(),
      referenceNo: formatNeedReference(provinceCode, fiscalYear, runningNo),
      provinceCode,
      areaCode: atDistrict ? subdistrict.code.slice(0, 4) : subdistrict.code,
      fiscalYear,
      title,
      description,
      origin: random.pick(NEED_ORIGINS),
      dimensionId: dimensionIds[dimensionIndex] ?? 1,
      households,
      people: households * random.int(2, 4),
      sourcePriority: random.next() < 0.7 ? random.int(1, 20) : null,
      status: status === 'merged' && (!previous || previous.status === 'merged') ? 'received' : status,
      mergedIntoId: status === 'merged' && previous && previous.status !== 'merged' ? previous.id : null,
      searchTokens: `${tokensOf(title)} ${tokensOf(description)}`,
      createdAt,
    });
  }
  return rows;
}
