import { z } from 'zod';
import type { Bilingual } from '../common/bilingual.js';
import { OPEN_DATASETS, OPEN_DATASET_NAMES, type OpenDatasetName } from './datasets.js';

type Words<N extends OpenDatasetName> = Record<keyof (typeof OPEN_DATASETS)[N]['shape'], Bilingual>;
const SATANG = { th: '(สตางค์)', en: '(satang; 100 satang = 1 baht)' };
const money = (th: string, en: string): Bilingual => ({ th: `${th} ${SATANG.th}`, en: `${en} ${SATANG.en}` });

const PROJECT_WORDS: Words<'projects'> = {
  externalId: { th: 'รหัสโครงการถาวรตาม OC4IDS', en: 'Stable OC4IDS project id' },
  code: { th: 'รหัสโครงการ', en: 'Project code' },
  fiscalYear: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (Buddhist era)' },
  provinceCode: { th: 'รหัสจังหวัด (มหาดไทย)', en: 'Province code (DOPA)' },
  provinceName: { th: 'ชื่อจังหวัด', en: 'Province name' },
  scope: { th: 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', en: 'Scope: province or cluster' },
  title: { th: 'ชื่อโครงการ', en: 'Project title' },
  objective: { th: 'วัตถุประสงค์', en: 'Objective' },
  budgetType: { th: 'ประเภทงบรายจ่าย', en: 'Budget type' },
  category: { th: 'หมวดรายจ่าย', en: 'Expenditure category' },
  status: { th: 'สถานะ (รหัส)', en: 'Status (code)' },
  statusLabel: { th: 'สถานะ (ภาษาไทย)', en: 'Status (Thai label)' },
  totalSatang: money('งบประมาณโครงการ', 'Project budget'),
  committedSatang: money('ก่อหนี้ผูกพันสะสม', 'Committed to date'),
  disbursedSatang: money('เบิกจ่ายสะสม', 'Disbursed to date'),
  beneficiaryHouseholds: { th: 'ครัวเรือนที่ได้รับประโยชน์', en: 'Beneficiary households' },
  beneficiaryPeople: { th: 'ผู้ได้รับประโยชน์ (คน)', en: 'Beneficiaries (people)' },
  implementingAgency: { th: 'หน่วยงานดำเนินการ', en: 'Implementing agency' },
  emenscrCode: { th: 'รหัสโครงการ eMENSCR', en: 'eMENSCR project code' },
  budgetBureauCode: { th: 'รหัสสำนักงบประมาณ', en: 'Budget Bureau code' },
  gfmisCode: { th: 'รหัส GFMIS', en: 'GFMIS code' },
  egpNumber: { th: 'เลขที่โครงการ e-GP', en: 'e-GP project number' },
  latitude: { th: 'ละติจูดของจุดแรก', en: 'Latitude of the first point' },
  longitude: { th: 'ลองจิจูดของจุดแรก', en: 'Longitude of the first point' },
  updatedAt: { th: 'ปรับปรุงล่าสุด (ISO 8601)', en: 'Last updated (ISO 8601)' },
};

const SPENDING_WORDS: Words<'spending'> = {
  projectCode: { th: 'รหัสโครงการ', en: 'Project code' },
  provinceCode: { th: 'รหัสจังหวัด', en: 'Province code' },
  fiscalYear: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (Buddhist era)' },
  fiscalMonth: { th: 'เดือนของปีงบประมาณ (1 = ตุลาคม)', en: 'Month of the fiscal year (1 = October)' },
  committedSatang: money('ก่อหนี้ผูกพันในเดือน', 'Committed in the month'),
  disbursedSatang: money('เบิกจ่ายในเดือน', 'Disbursed in the month'),
};

const ASSET_WORDS: Words<'assets'> = {
  code: { th: 'รหัสทรัพย์สิน', en: 'Asset code' },
  projectCode: { th: 'รหัสโครงการที่สร้าง', en: 'Code of the project that built it' },
  provinceCode: { th: 'รหัสจังหวัด', en: 'Province code' },
  fiscalYear: { th: 'ปีงบประมาณของโครงการ', en: "Project's fiscal year" },
  type: { th: 'ประเภททรัพย์สิน', en: 'Asset type' },
  description: { th: 'รายการ', en: 'Description' },
  quantity: { th: 'จำนวน', en: 'Quantity' },
  unit: { th: 'หน่วยนับ', en: 'Unit' },
  valueSatang: money('มูลค่า', 'Value'),
  handoverDate: { th: 'วันส่งมอบ (ISO)', en: 'Handover date (ISO)' },
  locationAreaCode: { th: 'รหัสพื้นที่ที่ตั้ง', en: 'Area code of its location' },
  latitude: { th: 'ละติจูด', en: 'Latitude' },
  longitude: { th: 'ลองจิจูด', en: 'Longitude' },
  condition: { th: 'สภาพ', en: 'Condition' },
  status: { th: 'สถานะการโอน', en: 'Transfer status' },
  gfmisAssetNo: { th: 'เลขทรัพย์สิน GFMIS', en: 'GFMIS asset number' },
};

const PLAN_WORDS: Words<'plans'> = {
  id: { th: 'รหัสฉบับแผน', en: 'Plan version id' },
  title: { th: 'ชื่อแผนพัฒนา', en: 'Plan title' },
  scope: { th: 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', en: 'Scope: province or cluster' },
  provinceCode: { th: 'รหัสจังหวัด (ศูนย์ปฏิบัติการของกลุ่มจังหวัด)', en: "Province code (the cluster's centre)" },
  clusterId: { th: 'รหัสกลุ่มจังหวัด', en: 'Cluster id' },
  periodStart: { th: 'ปีเริ่มแผน (พ.ศ.)', en: 'First plan year (BE)' },
  periodEnd: { th: 'ปีสิ้นสุดแผน (พ.ศ.)', en: 'Last plan year (BE)' },
  versionNo: { th: 'ฉบับที่', en: 'Version number' },
  kind: { th: 'ชนิดฉบับ: ต้นฉบับ หรือ ฉบับทบทวน', en: 'Kind: original or review' },
  reviewFiscalYear: { th: 'ปีงบประมาณที่ทบทวน', en: 'Review fiscal year' },
  vision: { th: 'วิสัยทัศน์', en: 'Vision' },
  developmentGoal: { th: 'เป้าประสงค์การพัฒนา', en: 'Development goal' },
  publishedAt: { th: 'วันที่ประกาศ (ISO 8601)', en: 'Published (ISO 8601)' },
};

const ACTION_PLAN_WORDS: Words<'action-plans'> = {
  id: { th: 'รหัสแผนปฏิบัติราชการ', en: 'Action plan id' },
  budgetUnit: { th: 'หน่วยรับงบประมาณ', en: 'Budget unit' },
  provinceCode: { th: 'รหัสจังหวัด', en: 'Province code' },
  scope: { th: 'ระดับ: จังหวัด หรือ กลุ่มจังหวัด', en: 'Scope: province or cluster' },
  fiscalYear: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' },
  versionNo: { th: 'ฉบับที่', en: 'Version number' },
  status: { th: 'สถานะ', en: 'Status' },
  projectCount: { th: 'จำนวนโครงการ', en: 'Number of projects' },
  totalSatang: money('วงเงินรวม', 'Total amount'),
};

const WORDS: { [N in OpenDatasetName]: Words<N> } = {
  projects: PROJECT_WORDS,
  spending: SPENDING_WORDS,
  assets: ASSET_WORDS,
  plans: PLAN_WORDS,
  'action-plans': ACTION_PLAN_WORDS,
};

export const dictionaryFieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  nullable: z.boolean(),
  th: z.string(),
  en: z.string(),
});
export const dictionarySchema = z.object({
  datasets: z.array(z.object({ name: z.string(), fields: z.array(dictionaryFieldSchema) })),
});
export type DataDictionary = z.infer<typeof dictionarySchema>;

function typeOf(field: z.ZodType): { type: string; nullable: boolean } {
  const nullable = field instanceof z.ZodNullable;
  const inner = nullable ? (field as z.ZodNullable<z.ZodType>).unwrap() : field;
  const type = inner instanceof z.ZodNumber ? (inner.format === 'safeint' ? 'integer' : 'number') : 'string';
  return { type, nullable };
}

/** Column names (the CSV header, in order) of a dataset. */
export function columnsOf(name: OpenDatasetName): string[] {
  return Object.keys(OPEN_DATASETS[name].shape);
}

/** Every dataset's fields with their type and Thai and English meaning. */
export function dataDictionary(): DataDictionary {
  return {
    datasets: OPEN_DATASET_NAMES.map((name) => {
      const shape = OPEN_DATASETS[name].shape as Record<string, z.ZodType>;
      const words = WORDS[name] as Record<string, Bilingual>;
      return {
        name,
        fields: Object.entries(shape).map(([field, schema]) => ({
          name: field,
          ...typeOf(schema),
          th: words[field]?.th ?? '',
          en: words[field]?.en ?? '',
        })),
      };
    }),
  };
}
