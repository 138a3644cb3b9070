import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage, type Bilingual } from '../common/bilingual.js';
import { INT4_MAX, positiveInt4 } from '../common/integers.js';
import { toBangkokIsoDate } from '../thai/bangkok-time.js';

/** Where a need came from. */
export const NEED_ORIGINS = [
  'village_plan',
  'subdistrict_plan',
  'district_plan',
  'local_government_plan',
  'public_forum',
  'private_sector',
  'agency',
  'governor',
  'citizen',
  'complaint',
  'public_portal',
] as const;
export type NeedOrigin = (typeof NEED_ORIGINS)[number];

export const NEED_ORIGIN_LABELS: Record<NeedOrigin, Bilingual> = {
  village_plan: { th: 'แผนหมู่บ้าน/แผนชุมชน', en: 'Village/community plan' },
  subdistrict_plan: { th: 'แผนพัฒนาตำบล', en: 'Subdistrict plan' },
  district_plan: { th: 'แผนพัฒนาอำเภอ', en: 'District plan' },
  local_government_plan: { th: 'แผนพัฒนาท้องถิ่น (อปท.)', en: 'Local government plan' },
  public_forum: { th: 'เวทีประชาคม', en: 'Public forum' },
  private_sector: { th: 'กรอ./ภาคเอกชน', en: 'Private sector (กรอ.)' },
  agency: { th: 'ส่วนราชการ/หน่วยงาน', en: 'Government agency' },
  governor: { th: 'ข้อสั่งการผู้ว่าราชการจังหวัด', en: 'Governor' },
  citizen: { th: 'ประชาชนเสนอโดยตรง', en: 'Citizen' },
  complaint: { th: 'เรื่องร้องเรียน/ร้องทุกข์', en: 'Complaint' },
  public_portal: { th: 'ประชาชนเสนอผ่านเว็บไซต์สาธารณะ', en: 'Public portal' },
};

/** Lifecycle of a need; see state-machine.ts for the allowed moves. */
export const NEED_STATUSES = ['received', 'screened', 'linked', 'forwarded', 'merged', 'rejected'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_LABELS: Record<NeedStatus, Bilingual> = {
  received: { th: 'รับเรื่องแล้ว', en: 'Received' },
  screened: { th: 'กลั่นกรองแล้ว', en: 'Screened' },
  linked: { th: 'บรรจุในแผน/โครงการแล้ว', en: 'Linked to a plan or project' },
  forwarded: { th: 'ส่งต่อหน่วยงานแล้ว', en: 'Forwarded' },
  merged: { th: 'รวมกับความต้องการอื่นแล้ว', en: 'Merged' },
  rejected: { th: 'ไม่รับพิจารณา', en: 'Rejected' },
};

/** What a linked need answers to. */
export const NEED_LINK_TYPES = ['plan_issue', 'project_set_item', 'project'] as const;
export type NeedLinkType = (typeof NEED_LINK_TYPES)[number];

export const NEED_LINK_TYPE_LABELS: Record<NeedLinkType, Bilingual> = {
  plan_issue: { th: 'ประเด็นการพัฒนา', en: 'Plan issue' },
  project_set_item: { th: 'รายการชุดโครงการ', en: 'Project-set item' },
  project: { th: 'โครงการ', en: 'Project' },
};

export const FIRST_FISCAL_YEAR = 2500;
export const LAST_FISCAL_YEAR = 2700;

const fiscalYearMessage = bilingualMessage(
  'ปีงบประมาณต้องเป็น พ.ศ. 2500–2700',
  'Fiscal year must be a Buddhist-Era year 2500–2700',
);

/** A BE fiscal year in the supported window. */
export const fiscalYearSchema = z
  .number(fiscalYearMessage)
  .int(fiscalYearMessage)
  .min(FIRST_FISCAL_YEAR, fiscalYearMessage)
  .max(LAST_FISCAL_YEAR, fiscalYearMessage);

const countMessage = bilingualMessage('ต้องเป็นจำนวนเต็มไม่ติดลบ', 'Must be a whole number, zero or more');
const countSchema = z
  .number(countMessage)
  .int(countMessage)
  .min(0, countMessage)
  .max(100_000_000, countMessage);
const priorityMessage = bilingualMessage(
  'ลำดับความสำคัญต้องเป็นจำนวนเต็มบวก',
  'Priority rank must be a positive whole number',
);
const isoDate = z.iso.date(bilingualMessage('วันที่ต้องอยู่ในรูปแบบ ค.ศ. YYYY-MM-DD', 'Dates are YYYY-MM-DD'));

/** A source document is dated on or before today (Bangkok): a date still to come is a typing slip. */
export function isPastOrToday(isoDate: string, today = toBangkokIsoDate(new Date())): boolean {
  return isoDate <= today;
}
const sourceDate = isoDate.refine(
  (value) => isPastOrToday(value),
  bilingualMessage('วันที่ของเอกสารต้นเรื่องต้องไม่เป็นวันในอนาคต', 'The source date cannot be in the future'),
);

const needFields = {
  areaCode: areaCodeSchema,
  title: z
    .string(bilingualMessage('กรุณาระบุปัญหา/ความต้องการ', 'Title is required'))
    .trim()
    .min(1, bilingualMessage('กรุณาระบุปัญหา/ความต้องการ', 'Title is required'))
    .max(300, bilingualMessage('ชื่อเรื่องยาวเกิน 300 ตัวอักษร', 'Title is longer than 300 characters')),
  description: z
    .string()
    .trim()
    .max(
      5000,
      bilingualMessage('รายละเอียดยาวเกิน 5,000 ตัวอักษร', 'Description is longer than 5,000 characters'),
    ),
  origin: z.enum(
    NEED_ORIGINS,
    bilingualMessage('กรุณาเลือกที่มาของความต้องการ', 'Choose where the need came from'),
  ),
  sourceDocument: z.string().trim().max(500).nullish(),
  sourceDate: sourceDate.nullish(),
  dimensionId: z
    .number(bilingualMessage('กรุณาเลือกมิติ', 'Choose a dimension'))
    .int()
    .positive(bilingualMessage('กรุณาเลือกมิติ', 'Choose a dimension'))
    .max(INT4_MAX),
  households: countSchema,
  people: countSchema,
  sourcePriority: z
    .number(priorityMessage)
    .int(priorityMessage)
    .positive(priorityMessage)
    .max(100_000)
    .nullish(),
  fiscalYear: fiscalYearSchema,
};

/** What a client sends to record a need; the form derives its rules from it. */
export const needInputSchema = z
  .object({
    ...needFields,
    description: needFields.description.default(''),
    households: needFields.households.default(0),
    people: needFields.people.default(0),
    fiscalYear: needFields.fiscalYear.optional(),
  })
  .strict();
export type NeedInput = z.infer<typeof needInputSchema>;

/** A partial edit of a need's recorded facts (status moves go through transitions). */
export const needUpdateSchema = z
  .object(needFields)
  .partial()
  .extend({ reason: z.string().trim().max(500).optional(), version: positiveInt4().optional() })
  .strict();
export type NeedUpdateInput = z.infer<typeof needUpdateSchema>;

/** Editable fields of a need as stored (used by edits and imports alike). */
export type NeedFacts = {
  areaCode: string;
  title: string;
  description: string;
  origin: NeedOrigin;
  sourceDocument: string | null;
  sourceDate: string | null;
  dimensionId: number;
  households: number;
  people: number;
  sourcePriority: number | null;
  fiscalYear: number;
};

/** Names of the facts that differ between two versions of a need. */
export function changedFacts(before: NeedFacts, after: NeedFacts): (keyof NeedFacts)[] {
  return (Object.keys(before) as (keyof NeedFacts)[]).filter(
    (key) => (before[key] ?? null) !== (after[key] ?? null),
  );
}

const dimensionName = z
  .string(bilingualMessage('กรุณาระบุชื่อมิติ', 'Dimension name is required'))
  .trim()
  .min(1, bilingualMessage('กรุณาระบุชื่อมิติ', 'Dimension name is required'))
  .max(200);

/** A new entry of the dimension list (administrators). */
export const needDimensionInputSchema = z
  .object({
    nameTh: dimensionName,
    nameEn: z.string().trim().max(200).nullish(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type NeedDimensionInput = z.infer<typeof needDimensionInputSchema>;

/** Renaming, reordering or (de)activating a dimension. */
export const needDimensionUpdateSchema = needDimensionInputSchema
  .partial()
  .extend({ isActive: z.boolean().optional(), version: positiveInt4().optional() })
  .strict();
export type NeedDimensionUpdateInput = z.infer<typeof needDimensionUpdateSchema>;
