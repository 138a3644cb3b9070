import { digits } from '../../../../domain/thai/digits.js';
import type { DigitStyle } from '../../../platform/pdf/layout.js';
import type { PlanVersionTree } from '../tree.js';
import type { Evidence } from '../../../../domain/indicators/evidence.js';

/** How the plan PDF writes numbers and lays out the project list. */
export type PlanPdfOptions = DigitStyle & {
  /** The wide project-set list on landscape pages. */
  landscapeProjectList: boolean;
};

export const DEFAULT_PDF_OPTIONS: PlanPdfOptions = {
  thaiDigits: true,
  thaiDigitsInTables: false,
  landscapeProjectList: true,
};

/** Everything the plan PDF shows: the version tree plus the names it refers to by code or id. */
export type PlanDocument = {
  tree: PlanVersionTree;
  /** "จังหวัดนครราชสีมา" or "กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1". */
  areaTitle: string;
  areaNames: Readonly<Record<string, string>>;
  agencyNames: Readonly<Record<string, string>>;
  /** Thai labels of approval actions as configured (approval_steps). */
  stepLabels: Readonly<Record<string, string>>;
  generatedAt: Date;
  /** The indicator evidence each development issue cites, by issue id. */
  evidence?: Readonly<Record<string, readonly Evidence[]>>;
};

/** The plan's period years, first to last. */
export function periodOf(document: PlanDocument): number[] {
  const years: number[] = [];
  for (let year = document.tree.plan.periodStart; year <= document.tree.plan.periodEnd; year += 1) {
    years.push(year);
  }
  return years;
}

/** The cover title lines: "แผนพัฒนาจังหวัดX", "พ.ศ. 2566–2570" and, for a review, its fiscal year. */
export function titleLines(document: PlanDocument, thai: boolean): string[] {
  const { plan, version } = document.tree;
  const lines = [
    digits(`แผนพัฒนา${document.areaTitle}`, thai),
    digits(`พ.ศ. ${plan.periodStart}–${plan.periodEnd}`, thai),
  ];
  if (version.kind === 'review' && version.reviewFiscalYear !== null) {
    lines.push(digits(`ฉบับทบทวน ประจำปีงบประมาณ พ.ศ. ${version.reviewFiscalYear}`, thai));
  }
  return lines;
}

/** The name of an area code for display, falling back to the code. */
export function areaName(document: PlanDocument, code: string): string {
  return document.areaNames[code] ?? code;
}

/** The responsible agency: the typed name, else the linked agency's name. */
export function agencyOf(
  document: PlanDocument,
  item: { agencyName: string | null; agencyId: string | null },
): string {
  return item.agencyName ?? (item.agencyId ? (document.agencyNames[item.agencyId] ?? '') : '');
}
