import type { DeadlineInput, TargetInput } from './targets.js';

const MEASURES =
  'มติ ครม. 21 ต.ค. 2568 มาตรการเร่งรัดการเบิกจ่ายงบประมาณและการใช้จ่ายภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569';
const Q1_SOURCE = `${MEASURES}; Q1 33% (InfoQuest, 2568)`;
const USUAL = 'Usual pattern of earlier years; the FY2569 figure for this quarter was not found';

/**
 * FY2569 as shipped: year-end overall 93 %, current 98 %, capital 75 % and Q1 overall 33 % are
 * verified; the other quarters follow the usual pattern and say so (verified = false).
 */
export const FY2569_TARGETS: readonly TargetInput[] = [
  { budgetClass: 'overall', quarter: 1, cumulativePct: 33, sourceNote: Q1_SOURCE, verified: true },
  { budgetClass: 'overall', quarter: 2, cumulativePct: 54, sourceNote: USUAL, verified: false },
  { budgetClass: 'overall', quarter: 3, cumulativePct: 77, sourceNote: USUAL, verified: false },
  { budgetClass: 'overall', quarter: 4, cumulativePct: 93, sourceNote: MEASURES, verified: true },
  { budgetClass: 'current', quarter: 1, cumulativePct: 36, sourceNote: USUAL, verified: false },
  { budgetClass: 'current', quarter: 2, cumulativePct: 60, sourceNote: USUAL, verified: false },
  { budgetClass: 'current', quarter: 3, cumulativePct: 82, sourceNote: USUAL, verified: false },
  { budgetClass: 'current', quarter: 4, cumulativePct: 98, sourceNote: MEASURES, verified: true },
  { budgetClass: 'capital', quarter: 1, cumulativePct: 22, sourceNote: USUAL, verified: false },
  { budgetClass: 'capital', quarter: 2, cumulativePct: 45, sourceNote: USUAL, verified: false },
  { budgetClass: 'capital', quarter: 3, cumulativePct: 65, sourceNote: USUAL, verified: false },
  { budgetClass: 'capital', quarter: 4, cumulativePct: 75, sourceNote: MEASURES, verified: true },
];

export const FY2569_DEADLINES: readonly DeadlineInput[] = [
  {
    kind: 'single_year_commitment',
    dueDate: '2025-12-31',
    sourceNote: `${MEASURES}: single-year procurement committed within Q1`,
    verified: true,
  },
  {
    kind: 'multi_year_contract',
    dueDate: '2026-03-31',
    sourceNote: `${MEASURES}: new multi-year contracts within Q2`,
    verified: true,
  },
  {
    kind: 'existing_obligations_paid',
    dueDate: '2026-03-31',
    sourceNote: `${MEASURES}: existing obligations paid by Q2`,
    verified: true,
  },
];
