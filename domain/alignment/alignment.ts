import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';

/** Reference schemes a plan entity can be aligned to; more are added as they are imported. */
export const ALIGNMENT_SCHEMES = ['national_strategy', 'master_plan', 'nesdp13', 'sdg'] as const;
export type AlignmentScheme = (typeof ALIGNMENT_SCHEMES)[number];

export const ALIGNMENT_LEVELS = [
  'strategy',
  'strategy_target',
  'master_plan',
  'master_plan_target_y2',
  'sub_plan',
  'sub_plan_target_y1',
  'milestone',
  'milestone_target',
  'goal',
  'target',
] as const;
export type AlignmentLevel = (typeof ALIGNMENT_LEVELS)[number];

/** The level a project's one primary national target must have (eMENSCR Y1). */
export const PRIMARY_LEVEL: AlignmentLevel = 'sub_plan_target_y1';

export const ALIGNMENT_SCHEME_LABELS: Record<AlignmentScheme, { th: string; en: string }> = {
  national_strategy: { th: 'ยุทธศาสตร์ชาติ', en: 'National Strategy' },
  master_plan: { th: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', en: 'Master plans under the National Strategy' },
  nesdp13: {
    th: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13',
    en: '13th National Economic and Social Development Plan',
  },
  sdg: { th: 'เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)', en: 'Sustainable Development Goals' },
};

export const ALIGNMENT_LEVEL_LABELS: Record<AlignmentLevel, { th: string; en: string }> = {
  strategy: { th: 'ยุทธศาสตร์ชาติ', en: 'Strategy' },
  strategy_target: { th: 'เป้าหมายยุทธศาสตร์ชาติ', en: 'Strategy target' },
  master_plan: { th: 'แผนแม่บท', en: 'Master plan' },
  master_plan_target_y2: { th: 'เป้าหมายแผนแม่บท (Y2)', en: 'Master-plan target (Y2)' },
  sub_plan: { th: 'แผนย่อย', en: 'Sub-plan' },
  sub_plan_target_y1: { th: 'เป้าหมายแผนย่อย (Y1)', en: 'Sub-plan target (Y1)' },
  milestone: { th: 'หมุดหมาย', en: 'Milestone' },
  milestone_target: { th: 'เป้าหมายหมุดหมาย', en: 'Milestone target' },
  goal: { th: 'เป้าหมาย', en: 'Goal' },
  target: { th: 'เป้าหมายย่อย', en: 'Target' },
};

/** Which level may sit under which, per scheme; null = a root of the scheme. */
const PARENT_LEVELS: Record<AlignmentScheme, Partial<Record<AlignmentLevel, AlignmentLevel | null>>> = {
  national_strategy: { strategy: null, strategy_target: 'strategy' },
  master_plan: {
    master_plan: null,
    master_plan_target_y2: 'master_plan',
    sub_plan: 'master_plan_target_y2',
    sub_plan_target_y1: 'sub_plan',
  },
  nesdp13: { milestone: null, milestone_target: 'milestone' },
  sdg: { goal: null, target: 'goal' },
};

/** The levels a scheme uses, top first. */
export function levelsOf(scheme: AlignmentScheme): AlignmentLevel[] {
  return Object.keys(PARENT_LEVELS[scheme]) as AlignmentLevel[];
}

/** Why a node of `level` cannot sit under a parent of `parentLevel` in `scheme`, or null when it can. */
export function placementProblem(
  scheme: AlignmentScheme,
  level: AlignmentLevel,
  parentLevel: AlignmentLevel | null,
): { th: string; en: string } | null {
  const allowed = PARENT_LEVELS[scheme][level];
  if (allowed === undefined) {
    return {
      th: `ระดับ "${ALIGNMENT_LEVEL_LABELS[level].th}" ไม่อยู่ใน${ALIGNMENT_SCHEME_LABELS[scheme].th}`,
      en: `Level ${level} is not used in scheme ${scheme}`,
    };
  }
  if (allowed === parentLevel) {
    return null;
  }
  if (allowed === null) {
    return { th: 'ระดับนี้ต้องอยู่บนสุดของโครงสร้าง (ไม่มีระดับแม่)', en: `A ${level} node has no parent` };
  }
  return {
    th: `ระดับแม่ต้องเป็น "${ALIGNMENT_LEVEL_LABELS[allowed].th}"`,
    en: `The parent of a ${level} node must be a ${allowed} node`,
  };
}

/** Prefix of every title in the placeholder sub-plan set seeded until the Gazette text is imported. */
export const PLACEHOLDER_PREFIX = '[ตัวอย่าง รอนำเข้าจากราชกิจจานุเบกษา]';

const codeSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9A-Za-z.-]{1,20}$/,
    bilingualMessage('รหัสต้องเป็นตัวอักษรหรือตัวเลข 1–20 ตัว', 'Code: 1–20 letters, digits, dots or dashes'),
  );
const titleSchema = z
  .string()
  .trim()
  .min(1, bilingualMessage('กรุณาระบุชื่อภาษาไทย', 'Thai title is required'))
  .max(1000);
const schemeVersionSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9A-Za-z-]{1,30}$/,
    bilingualMessage('รุ่นของโครงสร้างต้องเป็น เช่น 2566-rev', 'Scheme version looks like 2566-rev'),
  );

/** The editable fields of a node. */
export const alignmentNodeFieldsSchema = z
  .object({
    code: codeSchema,
    titleTh: titleSchema,
    titleEn: z.string().trim().max(1000).nullish(),
    isVerified: z.boolean().optional(),
    source: z.string().trim().max(1000).nullish(),
    sortOrder: z.number().int().min(0).max(100000).optional(),
    isActive: z.boolean().optional(),
  })
  .strict();

/** What an administrator sends to add a node. */
export const alignmentNodeCreateSchema = alignmentNodeFieldsSchema
  .extend({
    scheme: z.enum(ALIGNMENT_SCHEMES),
    schemeVersion: schemeVersionSchema,
    level: z.enum(ALIGNMENT_LEVELS),
    parentId: z.uuid().nullish(),
  })
  .strict();
export type AlignmentNodeCreateInput = z.infer<typeof alignmentNodeCreateSchema>;

/** A partial edit of a node; scheme, level and parent stay as they are. */
export const alignmentNodeUpdateSchema = alignmentNodeFieldsSchema
  .partial()
  .extend({ reason: z.string().trim().max(500).optional(), version: positiveInt4().optional() })
  .strict();
export type AlignmentNodeUpdateInput = z.infer<typeof alignmentNodeUpdateSchema>;
