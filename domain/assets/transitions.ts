import type { Bilingual } from '../common/bilingual.js';
import type { AssetStatus } from './asset.js';

/** Every move of an asset through transfer and disposal. */
export const ASSET_TRANSITIONS = [
  'propose_transfer',
  'record_acceptance',
  'approve_transfer',
  'complete_transfer',
  'withdraw_transfer',
  'write_off',
] as const;
export type AssetTransition = (typeof ASSET_TRANSITIONS)[number];

type Rule = { from: readonly AssetStatus[]; to: AssetStatus; label: Bilingual; documentRequired: boolean };

/**
 * The transfer as data: the receiver's letter (หนังสือรับโอน) and the approval (governor / cluster
 * head) are documents, so those steps need a document reference; withdrawing or writing off needs
 * a reason instead.
 */
export const ASSET_TRANSITION_RULES: Record<AssetTransition, Rule> = {
  propose_transfer: {
    from: ['registered'],
    to: 'transfer_proposed',
    label: { th: 'เสนอโอน', en: 'propose the transfer' },
    documentRequired: false,
  },
  record_acceptance: {
    from: ['transfer_proposed'],
    to: 'receiver_accepted',
    label: { th: 'บันทึกหนังสือรับโอน', en: 'record the receiver’s acceptance' },
    documentRequired: true,
  },
  approve_transfer: {
    from: ['receiver_accepted'],
    to: 'transfer_approved',
    label: { th: 'อนุมัติการโอน', en: 'approve the transfer' },
    documentRequired: true,
  },
  complete_transfer: {
    from: ['transfer_approved'],
    to: 'transferred',
    label: { th: 'โอนเรียบร้อย', en: 'complete the transfer' },
    documentRequired: true,
  },
  withdraw_transfer: {
    from: ['transfer_proposed', 'receiver_accepted', 'transfer_approved'],
    to: 'registered',
    label: { th: 'ถอนเรื่องโอน', en: 'withdraw the transfer' },
    documentRequired: false,
  },
  write_off: {
    from: ['registered'],
    to: 'written_off',
    label: { th: 'จำหน่ายออกจากทะเบียน', en: 'write off' },
    documentRequired: true,
  },
};

/** Moves an asset in `status` can make. */
export function availableAssetTransitions(status: AssetStatus): AssetTransition[] {
  return ASSET_TRANSITIONS.filter((move) => ASSET_TRANSITION_RULES[move].from.includes(status));
}

/** Why a move cannot be made, or null; the target status otherwise comes from the rule. */
export function assetTransitionProblem(
  status: AssetStatus,
  move: AssetTransition,
  given: { documentRef: string | null; reason: string | null },
): Bilingual | null {
  const rule = ASSET_TRANSITION_RULES[move];
  if (!rule.from.includes(status)) {
    return {
      th: `ทรัพย์สินสถานะนี้${rule.label.th}ไม่ได้`,
      en: `An asset in this status cannot ${rule.label.en}`,
    };
  }
  if (rule.documentRequired && !given.documentRef) {
    return { th: 'ต้องระบุเลขที่หนังสือหรือเอกสารอ้างอิง', en: 'Give the letter or document reference' };
  }
  if ((move === 'withdraw_transfer' || move === 'write_off') && !given.reason) {
    return { th: 'ต้องระบุเหตุผล', en: 'Give the reason' };
  }
  return null;
}
