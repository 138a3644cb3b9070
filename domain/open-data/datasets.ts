import { z } from 'zod';
import type { Bilingual } from '../common/bilingual.js';

/**
 * The open datasets, each declared once: per field its zod schema (the JSON contract; the CSV columns
 * in this order) and its Thai and English meaning (the data dictionary). Money is satang as a decimal
 * string (exact beyond 2^53); dates are ISO (Christian era) so that machines read them without guessing.
 */
const satang = z.string().regex(/^-?\d+$/);
const text = z.string();
const optionalText = z.string().nullable();
const year = z.number().int();
const count = z.number().int().nullable();
const coordinate = z.number().nullable();

/** A dataset field: its schema and what it means. */
type OpenField<S extends z.ZodType = z.ZodType> = { schema: S; words: Bilingual };
const field = <S extends z.ZodType>(schema: S, th: string, en: string): OpenField<S> => ({
  schema,
  words: { th, en },
});
const SATANG = { th: '(สตางค์)', en: '(satang; 100 satang = 1 baht)' };
const money = (th: string, en: string) => field(satang, `${th} ${SATANG.th}`, `${en} ${SATANG.en}`);

type Fields = Record<string, OpenField>;
function schemaOf<F extends Fields>(fields: F) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, { schema }]) => [name, schema]));
  return z.object(shape as { [K in keyof F]: F[K]['schema'] });
}

const PROJECT_FIELDS = {
  externalId: field(text, 'รหัสโครงการถาวรตาม OC4IDS', 'Stable OC4IDS project id'),
  code: field(text, 'รหัสโครงการ', 'Project code'),
  fiscalYear: field(year, 'ปีงบประมาณ (พ.ศ.)', 'Fiscal year (Buddhist era)'),
  provinceCode: field(text, 'รหัสจังหวัด (มหาดไทย)', 'Province code (DOPA)'),
  provinceName: field(optionalText, 'ชื่อจังหวัด', 'Province name'),
  scope: field(text, 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', 'Scope: province or cluster'),
  title: field(text, 'ชื่อโครงการ', 'Project title'),
  objective: field(optionalText, 'วัตถุประสงค์', 'Objective'),
  budgetType: field(text, 'ประเภทงบรายจ่าย', 'Budget type'),
  category: field(text, 'หมวดรายจ่าย', 'Expenditure category'),
  status: field(text, 'สถานะ (รหัส)', 'Status (code)'),
  statusLabel: field(text, 'สถานะ (ภาษาไทย)', 'Status (Thai label)'),
  totalSatang: money('งบประมาณโครงการ', 'Project budget'),
  committedSatang: money('ก่อหนี้ผูกพันสะสม', 'Committed to date'),
  disbursedSatang: money('เบิกจ่ายสะสม', 'Disbursed to date'),
  beneficiaryHouseholds: field(count, 'ครัวเรือนที่ได้รับประโยชน์', 'Beneficiary households'),
  beneficiaryPeople: field(count, 'ผู้ได้รับประโยชน์ (คน)', 'Beneficiaries (people)'),
  implementingAgency: field(optionalText, 'หน่วยงานดำเนินการ', 'Implementing agency'),
  emenscrCode: field(optionalText, 'รหัสโครงการ eMENSCR', 'eMENSCR project code'),
  budgetBureauCode: field(optionalText, 'รหัสสำนักงบประมาณ', 'Budget Bureau code'),
  gfmisCode: field(optionalText, 'รหัส GFMIS', 'GFMIS code'),
  egpNumber: field(optionalText, 'เลขที่โครงการ e-GP', 'e-GP project number'),
  latitude: field(coordinate, 'ละติจูดของจุดแรก', 'Latitude of the first point'),
  longitude: field(coordinate, 'ลองจิจูดของจุดแรก', 'Longitude of the first point'),
  updatedAt: field(text, 'ปรับปรุงล่าสุด (ISO 8601)', 'Last updated (ISO 8601)'),
};
export const openProjectSchema = schemaOf(PROJECT_FIELDS);
export type OpenProject = z.infer<typeof openProjectSchema>;

const SPENDING_FIELDS = {
  projectCode: field(text, 'รหัสโครงการ', 'Project code'),
  provinceCode: field(text, 'รหัสจังหวัด', 'Province code'),
  fiscalYear: field(year, 'ปีงบประมาณ (พ.ศ.)', 'Fiscal year (Buddhist era)'),
  fiscalMonth: field(
    z.number().int().min(1).max(12),
    'เดือนของปีงบประมาณ (1 = ตุลาคม)',
    'Month of the fiscal year (1 = October)',
  ),
  committedSatang: money('ก่อหนี้ผูกพันในเดือน', 'Committed in the month'),
  disbursedSatang: money('เบิกจ่ายในเดือน', 'Disbursed in the month'),
};
export const openSpendingSchema = schemaOf(SPENDING_FIELDS);
export type OpenSpending = z.infer<typeof openSpendingSchema>;

const ASSET_FIELDS = {
  code: field(text, 'รหัสทรัพย์สิน', 'Asset code'),
  projectCode: field(text, 'รหัสโครงการที่สร้าง', 'Code of the project that built it'),
  provinceCode: field(text, 'รหัสจังหวัด', 'Province code'),
  fiscalYear: field(year, 'ปีงบประมาณของโครงการ', "Project's fiscal year"),
  type: field(text, 'ประเภททรัพย์สิน', 'Asset type'),
  description: field(text, 'รายการ', 'Description'),
  quantity: field(z.number().int(), 'จำนวน', 'Quantity'),
  unit: field(optionalText, 'หน่วยนับ', 'Unit'),
  valueSatang: money('มูลค่า', 'Value'),
  handoverDate: field(text, 'วันส่งมอบ (ISO)', 'Handover date (ISO)'),
  locationAreaCode: field(text, 'รหัสพื้นที่ที่ตั้ง', 'Area code of its location'),
  latitude: field(coordinate, 'ละติจูด', 'Latitude'),
  longitude: field(coordinate, 'ลองจิจูด', 'Longitude'),
  condition: field(text, 'สภาพ', 'Condition'),
  status: field(text, 'สถานะการโอน', 'Transfer status'),
  gfmisAssetNo: field(optionalText, 'เลขทรัพย์สิน GFMIS', 'GFMIS asset number'),
};
export const openAssetSchema = schemaOf(ASSET_FIELDS);
export type OpenAsset = z.infer<typeof openAssetSchema>;

const PLAN_FIELDS = {
  id: field(text, 'รหัสฉบับแผน', 'Plan version id'),
  title: field(text, 'ชื่อแผนพัฒนา', 'Plan title'),
  scope: field(text, 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', 'Scope: province or cluster'),
  provinceCode: field(text, 'รหัสจังหวัด (ศูนย์ปฏิบัติการของกลุ่มจังหวัด)', "Province code (the cluster's centre)"),
  clusterId: field(z.number().int().nullable(), 'รหัสกลุ่มจังหวัด', 'Cluster id'),
  periodStart: field(year, 'ปีเริ่มแผน (พ.ศ.)', 'First plan year (BE)'),
  periodEnd: field(year, 'ปีสิ้นสุดแผน (พ.ศ.)', 'Last plan year (BE)'),
  versionNo: field(z.number().int(), 'ฉบับที่', 'Version number'),
  kind: field(text, 'ชนิดฉบับ: ต้นฉบับ หรือ ฉบับทบทวน', 'Kind: original or review'),
  reviewFiscalYear: field(year.nullable(), 'ปีงบประมาณที่ทบทวน', 'Review fiscal year'),
  vision: field(optionalText, 'วิสัยทัศน์', 'Vision'),
  developmentGoal: field(optionalText, 'เป้าประสงค์การพัฒนา', 'Development goal'),
  publishedAt: field(optionalText, 'วันที่ประกาศ (ISO 8601)', 'Published (ISO 8601)'),
};
export const openPlanSchema = schemaOf(PLAN_FIELDS);
export type OpenPlan = z.infer<typeof openPlanSchema>;

const ACTION_PLAN_FIELDS = {
  id: field(text, 'รหัสแผนปฏิบัติราชการ', 'Action plan id'),
  budgetUnit: field(text, 'หน่วยรับงบประมาณ', 'Budget unit'),
  provinceCode: field(text, 'รหัสจังหวัด', 'Province code'),
  scope: field(text, 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', 'Scope: province or cluster'),
  fiscalYear: field(year, 'ปีงบประมาณ (พ.ศ.)', 'Fiscal year (BE)'),
  versionNo: field(z.number().int(), 'ฉบับที่', 'Version number'),
  status: field(text, 'สถานะ', 'Status'),
  projectCount: field(z.number().int(), 'จำนวนโครงการ', 'Number of projects'),
  totalSatang: money('วงเงินรวม', 'Total amount'),
};
export const openActionPlanSchema = schemaOf(ACTION_PLAN_FIELDS);
export type OpenActionPlan = z.infer<typeof openActionPlanSchema>;

export const OPEN_DATASETS = {
  projects: openProjectSchema,
  spending: openSpendingSchema,
  assets: openAssetSchema,
  plans: openPlanSchema,
  'action-plans': openActionPlanSchema,
} as const;
export type OpenDatasetName = keyof typeof OPEN_DATASETS;
export const OPEN_DATASET_NAMES = Object.keys(OPEN_DATASETS) as OpenDatasetName[];

export type OpenRecord<N extends OpenDatasetName> = z.infer<(typeof OPEN_DATASETS)[N]>;

/** Each dataset's fields with their meaning, in column order (the portal's pages use the same words). */
export const OPEN_DATASET_FIELDS = {
  projects: PROJECT_FIELDS,
  spending: SPENDING_FIELDS,
  assets: ASSET_FIELDS,
  plans: PLAN_FIELDS,
  'action-plans': ACTION_PLAN_FIELDS,
} as const satisfies { [N in OpenDatasetName]: Fields };
