import type { Bilingual } from '../common/bilingual.js';

/** The five TPMAP poverty dimensions a household can fall short in. */
export const SHORTFALL_DIMENSIONS = ['health', 'living', 'education', 'income', 'access'] as const;
export type ShortfallDimension = (typeof SHORTFALL_DIMENSIONS)[number];

export const SHORTFALL_DIMENSION_LABELS: Record<ShortfallDimension, Bilingual> = {
  health: { th: 'ด้านสุขภาพ', en: 'Health' },
  living: { th: 'ด้านความเป็นอยู่', en: 'Living conditions' },
  education: { th: 'ด้านการศึกษา', en: 'Education' },
  income: { th: 'ด้านรายได้', en: 'Income' },
  access: { th: 'ด้านการเข้าถึงบริการรัฐ', en: 'Access to public services' },
};

/** A case moves identified → helped → out of need (Thai QM); it may fall back into need later. */
export const HOUSEHOLD_STATUSES = ['identified', 'helped', 'out_of_need'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, Bilingual> = {
  identified: { th: 'พบปัญหา', en: 'Identified' },
  helped: { th: 'ได้รับความช่วยเหลือ', en: 'Helped' },
  out_of_need: { th: 'พ้นภาวะยากลำบาก', en: 'Out of need' },
};

export const MEMBER_RELATIONS = ['head', 'spouse', 'child', 'parent', 'relative', 'other'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];

export const MEMBER_RELATION_LABELS: Record<MemberRelation, Bilingual> = {
  head: { th: 'หัวหน้าครัวเรือน', en: 'Head of household' },
  spouse: { th: 'คู่สมรส', en: 'Spouse' },
  child: { th: 'บุตร', en: 'Child' },
  parent: { th: 'บิดา/มารดา', en: 'Parent' },
  relative: { th: 'ญาติ', en: 'Relative' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

const MOVES: Record<HouseholdStatus, readonly HouseholdStatus[]> = {
  identified: ['helped'],
  helped: ['out_of_need', 'identified'],
  out_of_need: ['identified'],
};

/** The statuses a case in `from` may move to. */
export function nextHouseholdStatuses(from: HouseholdStatus): readonly HouseholdStatus[] {
  return MOVES[from];
}

/** Moving back into need (from helped or out of need) needs a reason; forward moves do not. */
export function moveNeedsReason(from: HouseholdStatus, to: HouseholdStatus): boolean {
  return to === 'identified' && from !== 'identified';
}
