import { z } from 'zod';
import { bilingualMessage, type Bilingual } from '../common/bilingual.js';
import { NEED_LINK_TYPES, NEED_STATUS_LABELS, type NeedStatus } from './need.js';
import { positiveInt4 } from '../common/integers.js';

/** Every move a need can make; 'merge' only happens through the merge endpoint. */
export const NEED_TRANSITIONS = ['screen', 'link', 'forward', 'merge', 'reject', 'reopen'] as const;
export type NeedTransition = (typeof NEED_TRANSITIONS)[number];

type Rule = { from: readonly NeedStatus[]; to: NeedStatus; label: Bilingual; reasonRequired: boolean };

const OPEN: readonly NeedStatus[] = ['received', 'screened'];

const RULES: Record<NeedTransition, Rule> = {
  screen: {
    from: ['received'],
    to: 'screened',
    label: { th: 'กลั่นกรอง', en: 'screen' },
    reasonRequired: false,
  },
  link: {
    from: OPEN,
    to: 'linked',
    label: { th: 'เชื่อมโยงกับแผน/โครงการ', en: 'link' },
    reasonRequired: false,
  },
  forward: { from: OPEN, to: 'forwarded', label: { th: 'ส่งต่อ', en: 'forward' }, reasonRequired: false },
  merge: { from: OPEN, to: 'merged', label: { th: 'รวม', en: 'merge' }, reasonRequired: true },
  reject: { from: OPEN, to: 'rejected', label: { th: 'ไม่รับพิจารณา', en: 'reject' }, reasonRequired: true },
  reopen: {
    from: ['rejected', 'forwarded'],
    to: 'screened',
    label: { th: 'เปิดพิจารณาใหม่', en: 'reopen' },
    reasonRequired: true,
  },
};

export type TransitionVerdict = { allowed: true; to: NeedStatus } | { allowed: false; message: Bilingual };

/** The status a need moves to, or why the move is not allowed from its current status. */
export function decideTransition(from: NeedStatus, transition: NeedTransition): TransitionVerdict {
  const rule = RULES[transition];
  if (rule.from.includes(from)) {
    return { allowed: true, to: rule.to };
  }
  const status = NEED_STATUS_LABELS[from];
  return {
    allowed: false,
    message: {
      th: `ไม่สามารถ${rule.label.th}ความต้องการที่มีสถานะ "${status.th}" ได้`,
      en: `Cannot ${rule.label.en} a need whose status is "${status.en.toLowerCase()}"`,
    },
  };
}

/** Moves allowed from a status, for the UI to offer. */
export function availableTransitions(from: NeedStatus): NeedTransition[] {
  return NEED_TRANSITIONS.filter((transition) => RULES[transition].from.includes(from));
}

/** Whether a transition must carry a reason. */
export function reasonRequired(transition: NeedTransition): boolean {
  return RULES[transition].reasonRequired;
}

/** Whether other needs may be merged into a need of this status. */
export function canReceiveMerge(status: NeedStatus): boolean {
  return status !== 'merged' && status !== 'rejected';
}

const reasonMessage = bilingualMessage('กรุณาระบุเหตุผล', 'A reason is required');
const requiredReason = z.string(reasonMessage).trim().min(1, reasonMessage).max(1000);
const optionalReason = z.string().trim().max(1000).optional();
const version = positiveInt4().optional();
const labelMessage = bilingualMessage('กรุณาระบุสิ่งที่เชื่อมโยง', 'Say what the need is linked to');

/** A status change request; `action` picks the move and its required fields. */
export const needTransitionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('screen'), reason: optionalReason, version }).strict(),
  z
    .object({
      action: z.literal('link'),
      linkedEntityType: z.enum(
        NEED_LINK_TYPES,
        bilingualMessage('กรุณาเลือกประเภทที่เชื่อมโยง', 'Choose what kind of item it links to'),
      ),
      linkedEntityId: z.string(labelMessage).trim().min(1, labelMessage).max(100),
      linkedLabel: z.string(labelMessage).trim().min(1, labelMessage).max(500),
      reason: optionalReason,
      version,
    })
    .strict(),
  z
    .object({
      action: z.literal('forward'),
      agencyId: z.uuid().optional(),
      localGovernmentName: z.string().trim().min(1).max(300).optional(),
      reference: z
        .string(bilingualMessage('กรุณาระบุเลขที่หนังสือส่งต่อ', 'The forwarding reference is required'))
        .trim()
        .min(1, bilingualMessage('กรุณาระบุเลขที่หนังสือส่งต่อ', 'The forwarding reference is required'))
        .max(300),
      reason: optionalReason,
      version,
    })
    .strict()
    .refine((value) => (value.agencyId === undefined) !== (value.localGovernmentName === undefined), {
      path: ['agencyId'],
      ...bilingualMessage(
        'ระบุหน่วยงาน หรือ องค์กรปกครองส่วนท้องถิ่น อย่างใดอย่างหนึ่ง',
        'Give either an agency or a local government, not both',
      ),
    }),
  z.object({ action: z.literal('reject'), reason: requiredReason, version }).strict(),
  z.object({ action: z.literal('reopen'), reason: requiredReason, version }).strict(),
]);
export type NeedTransitionInput = z.infer<typeof needTransitionSchema>;

/** Merging other needs into one: the reason is kept in every audit entry. */
export const needMergeSchema = z
  .object({
    needIds: z
      .array(z.uuid(), bilingualMessage('กรุณาเลือกความต้องการที่จะรวม', 'Choose the needs to merge'))
      .min(1, bilingualMessage('กรุณาเลือกความต้องการที่จะรวม', 'Choose the needs to merge'))
      .max(200),
    reason: requiredReason,
    version,
  })
  .strict();
export type NeedMergeInput = z.infer<typeof needMergeSchema>;
