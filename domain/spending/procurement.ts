import type { Bilingual } from '../common/bilingual.js';

/** Procurement steps in order; a project is at the latest step that has a date. */
export const PROCUREMENT_STAGES = [
  'not_started',
  'tor',
  'announced',
  'bidding',
  'contract_signed',
  'delivered',
  'paid',
] as const;
export type ProcurementStage = (typeof PROCUREMENT_STAGES)[number];

export const PROCUREMENT_STAGE_LABELS: Record<ProcurementStage, Bilingual> = {
  not_started: { th: 'ยังไม่เริ่มจัดซื้อจัดจ้าง', en: 'Not started' },
  tor: { th: 'จัดทำ TOR/ราคากลาง', en: 'TOR and reference price' },
  announced: { th: 'ประกาศเชิญชวน', en: 'Announced' },
  bidding: { th: 'ยื่นข้อเสนอ/พิจารณาผล', en: 'Bidding' },
  contract_signed: { th: 'ลงนามสัญญา', en: 'Contract signed' },
  delivered: { th: 'ส่งมอบและตรวจรับ', en: 'Delivered and inspected' },
  paid: { th: 'เบิกจ่ายแล้ว', en: 'Paid' },
};

/** The dates of each step, ISO 'YYYY-MM-DD' (CE) or null. */
export type ProcurementDates = {
  torDate: string | null;
  announcedDate: string | null;
  biddingDate: string | null;
  contractSignedDate: string | null;
  inspectedDate: string | null;
  paidDate: string | null;
};

const DATED_STAGES: readonly [keyof ProcurementDates, ProcurementStage][] = [
  ['paidDate', 'paid'],
  ['inspectedDate', 'delivered'],
  ['contractSignedDate', 'contract_signed'],
  ['biddingDate', 'bidding'],
  ['announcedDate', 'announced'],
  ['torDate', 'tor'],
];

/** The latest step reached. */
export function procurementStageOf(dates: ProcurementDates): ProcurementStage {
  return DATED_STAGES.find(([field]) => dates[field] !== null)?.[1] ?? 'not_started';
}

/** Dates must not run backwards along the steps; answers the first pair that does. */
export function procurementDateProblem(dates: ProcurementDates): Bilingual | null {
  const ordered = [...DATED_STAGES].reverse().filter(([field]) => dates[field] !== null);
  for (const [index, [laterField, later]] of ordered.entries()) {
    const previous = ordered[index - 1];
    if (previous && (dates[laterField] ?? '') < (dates[previous[0]] ?? '')) {
      const earlier = previous[1];
      return {
        th: `วันที่ขั้น "${PROCUREMENT_STAGE_LABELS[later].th}" ต้องไม่ก่อนขั้น "${PROCUREMENT_STAGE_LABELS[earlier].th}"`,
        en: `The ${PROCUREMENT_STAGE_LABELS[later].en} date cannot be before the ${PROCUREMENT_STAGE_LABELS[earlier].en} date`,
      };
    }
  }
  return null;
}

/** Contract value against the allocation: the savings (เงินเหลือจ่าย), never negative. */
export function contractSavings(allocationSatang: bigint, contractValueSatang: bigint | null): bigint {
  if (contractValueSatang === null || contractValueSatang >= allocationSatang) {
    return 0n;
  }
  return allocationSatang - contractValueSatang;
}
