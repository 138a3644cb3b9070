import type { PackSummary } from './pack-summary.js';

/**
 * One project's page of the explanation pack, as printed: every name already resolved (issue, KPI,
 * alignment node, agency, area) and every amount in satang.
 */
export type PackProjectPage = {
  code: string;
  title: string;
  objective: string | null;
  agencyName: string;
  budgetTypeLabel: string;
  categoryLabel: string;
  /** "ประเด็นการพัฒนาที่ 1 …" and "แนวทางการพัฒนาที่ 1.2 …", when linked. */
  issueTitle: string | null;
  approachTitle: string | null;
  kpis: string[];
  /** The one primary national target (Y1) and any secondary links, as "code title". */
  alignment: { primary: string | null; others: string[] };
  outputs: { kindLabel: string; description: string; target: string }[];
  beneficiaries: string | null;
  locations: string[];
  readiness: { label: string; statusLabel: string; ready: boolean; evidenceCount: number }[];
  budgetLines: { description: string; quantity: string | null; amountSatang: bigint }[];
  schedule: { fiscalYear: number; amountSatang: bigint }[];
  /** Each budget stage recorded, in order, with the cut from the stage before and its reason. */
  stages: { label: string; amountSatang: bigint; cutSatang: bigint; reason: string | null }[];
  /** The amount the pack counts: the stage shown (the request, or the latest stage recorded). */
  amountSatang: bigint;
};

/** Everything the pack shows: who and which year, the stage counted, the summary tables, the pages. */
export type PackDocument = {
  fiscalYear: number;
  /** "จังหวัดนครราชสีมา" or "กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1". */
  areaTitle: string;
  /** Thai name of the stage whose amounts are counted ("คำของบประมาณ"). */
  stageLabel: string;
  summary: PackSummary;
  projects: PackProjectPage[];
  generatedAt: Date;
};

/** The cover and file title: "เอกสารประกอบการชี้แจงงบประมาณ … ปีงบประมาณ พ.ศ. 2569". */
export function packTitleLines(document: Pick<PackDocument, 'areaTitle' | 'fiscalYear'>): string[] {
  return [
    'เอกสารประกอบการชี้แจงงบประมาณรายจ่าย',
    `ประจำปีงบประมาณ พ.ศ. ${document.fiscalYear}`,
    `งบประมาณ${document.areaTitle}`,
  ];
}
