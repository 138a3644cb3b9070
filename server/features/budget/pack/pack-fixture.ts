import type { PackDocument, PackProjectPage } from '../../../../domain/budget/pack-document.js';
import {
  buildPackSummary,
  type PackGroup,
  type PackSummaryProject,
} from '../../../../domain/budget/pack-summary.js';

/** Budget-type columns as the pack prints them. */
export const SAMPLE_BUDGET_TYPES: PackGroup[] = [
  { key: 'operating', label: 'งบดำเนินงาน', order: 1 },
  { key: 'investment', label: 'งบลงทุน', order: 2 },
  { key: 'other', label: 'งบรายจ่ายอื่น', order: 3 },
  { key: 'subsidy', label: 'งบอุดหนุน', order: 4 },
];

const ISSUES: PackGroup[] = [
  { key: 'i1', label: 'ประเด็นการพัฒนาที่ 1 การพัฒนาเกษตรกรรมที่ยั่งยืน <และ> น้ำ', order: 1 },
  { key: 'i2', label: 'ประเด็นการพัฒนาที่ 2 การท่องเที่ยวเชิงวัฒนธรรมและโลจิสติกส์', order: 2 },
];
const AGENCIES = ['สำนักงานจังหวัดนครราชสีมา', 'สำนักงานเกษตรจังหวัดนครราชสีมา', 'แขวงทางหลวงชนบทนครราชสีมา'];
const TITLE = 'ก่อสร้างถนนคอนกรีตเสริมเหล็กเชื่อมโยงแหล่งท่องเที่ยวเชิงวัฒนธรรมและโลจิสติกส์ภาคตะวันออกเฉียงเหนือ';

function page(index: number, amountSatang: bigint, budgetTypeLabel: string): PackProjectPage {
  return {
    code: `P30-2569-${String(index + 1).padStart(4, '0')}`,
    title: `${TITLE} ระยะที่ ${index + 1}`,
    objective: 'เพื่อเพิ่มศักยภาพการขนส่งสินค้าเกษตรและการท่องเที่ยว\nเพื่อลดต้นทุนโลจิสติกส์ของเกษตรกร',
    agencyName: AGENCIES[index % AGENCIES.length] ?? '',
    budgetTypeLabel,
    categoryLabel: 'สิ่งก่อสร้าง',
    issueTitle: ISSUES[index % 2]?.label ?? null,
    approachTitle: 'แนวทางการพัฒนาที่ 1.1 พัฒนาโครงสร้างพื้นฐานด้านการเกษตรและโลจิสติกส์',
    kpis: ['1.1.1 มูลค่าผลิตภัณฑ์มวลรวมภาคเกษตรเพิ่มขึ้นร้อยละ 3', '1.1.2 รายได้จากการท่องเที่ยวเพิ่มขึ้น'],
    alignment: {
      primary: '030101 สินค้าเกษตรอัตลักษณ์พื้นถิ่นมีมูลค่าเพิ่มขึ้น',
      others: ['SDG 2 ขจัดความหิวโหย'],
    },
    outputs: [
      { kindLabel: 'ผลผลิต', description: 'ถนนคอนกรีตเสริมเหล็ก', target: '5.2 กิโลเมตร' },
      { kindLabel: 'ผลลัพธ์', description: 'ระยะเวลาขนส่งลดลง', target: '20 ร้อยละ' },
    ],
    beneficiaries: 'ครัวเรือนเกษตรกร 1,200 ครัวเรือน',
    locations: ['ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา'],
    readiness: [
      { label: 'ที่ดินหรือสิทธิการใช้พื้นที่', statusLabel: 'พร้อม', ready: true, evidenceCount: 1 },
      { label: 'แบบรูปรายการและประมาณราคา (ปร.4/ปร.5)', statusLabel: 'พร้อม', ready: true, evidenceCount: 2 },
      { label: 'ใบอนุญาต/EIA (ถ้ามี)', statusLabel: 'ไม่ต้องมี', ready: true, evidenceCount: 0 },
    ],
    budgetLines: [
      {
        description: 'ค่าก่อสร้างถนนคอนกรีตเสริมเหล็ก',
        quantity: '1 สาย',
        amountSatang: amountSatang - 5_000_000n,
      },
      { description: 'ค่าควบคุมงาน', quantity: null, amountSatang: 5_000_000n },
    ],
    schedule:
      index % 3 === 0
        ? [
            { fiscalYear: 2569, amountSatang: amountSatang - amountSatang / 3n },
            { fiscalYear: 2570, amountSatang: amountSatang / 3n },
          ]
        : [{ fiscalYear: 2569, amountSatang }],
    stages: [{ label: 'คำของบประมาณ', amountSatang, cutSatang: 0n, reason: null }],
    amountSatang,
  };
}

/** A pack of `count` projects with odd satang amounts, so a lost satang shows in the totals. */
export function samplePackDocument(count = 6): PackDocument {
  const amounts = Array.from({ length: count }, (_, index) => 1_234_567_89n * BigInt(index + 1) + 11n);
  const types = SAMPLE_BUDGET_TYPES;
  const summaryProjects: PackSummaryProject[] = amounts.map((amountSatang, index) => ({
    id: `p${index}`,
    issue: ISSUES[index % 2] ?? null,
    budgetType: types[index % 2] as PackGroup,
    agency: { key: `a${index % 3}`, label: AGENCIES[index % 3] ?? '', order: 0 },
    provinces:
      index === 1
        ? [
            { key: '30', label: 'นครราชสีมา', basisPoints: 5000 },
            { key: '31', label: 'บุรีรัมย์', basisPoints: 5000 },
          ]
        : [{ key: '30', label: 'นครราชสีมา', basisPoints: null }],
    amountSatang,
  }));
  return {
    fiscalYear: 2569,
    areaTitle: 'จังหวัดนครราชสีมา',
    stageLabel: 'คำของบประมาณ',
    summary: buildPackSummary(summaryProjects, types),
    projects: amounts.map((amount, index) => page(index, amount, (types[index % 2] as PackGroup).label)),
    generatedAt: new Date('2025-11-25T03:00:00Z'),
  };
}
