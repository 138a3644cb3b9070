import type { Project } from './project-response.js';

export const ISSUE = 'a0000000-0000-4000-8000-000000000001';
export const APPROACH = 'a0000000-0000-4000-8000-000000000002';
export const KPI = 'a0000000-0000-4000-8000-000000000003';
export const Y1 = 'a0000000-0000-4000-8000-000000000004';
export const SDG = 'a0000000-0000-4000-8000-000000000005';
export const AGENCY = 'a0000000-0000-4000-8000-000000000006';

/** A whole project record for tests of pure code that reads one (documents, forms). */
export function projectFixture(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    code: 'P30-2568-0001',
    budgetUnit: 'P30',
    title: 'พัฒนาเส้นทางท่องเที่ยวเชิงวัฒนธรรม',
    fiscalYear: 2568,
    scope: 'province',
    provinceCode: '30',
    clusterId: null,
    budgetType: 'investment',
    category: 'construction',
    implementingAgencyId: AGENCY,
    implementingAgencyName: null,
    status: 'requested',
    totalSatang: '1250000050',
    planItemId: null,
    isDemo: false,
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    objective: 'เพื่อเพิ่มรายได้',
    description: null,
    receiverAgencyId: null,
    receiverName: null,
    receiverCommitmentFileId: null,
    locations: [{ areaCode: '300101', areaNameTh: 'ในเมือง', geometry: null }],
    provinceShares: [],
    links: {
      planItemId: null,
      planIssueId: ISSUE,
      planApproachId: APPROACH,
      kpiIds: [KPI],
      needIds: [],
      alignment: [
        { nodeId: SDG, isPrimary: false },
        { nodeId: Y1, isPrimary: true },
      ],
    },
    budgetLines: [
      {
        description: 'ก่อสร้าง',
        budgetType: 'investment',
        category: 'construction',
        quantity: '2',
        unit: 'แห่ง',
        amountSatang: '1250000000',
      },
      {
        description: 'ควบคุมงาน',
        budgetType: 'investment',
        category: 'construction',
        quantity: null,
        unit: null,
        amountSatang: '50',
      },
    ],
    schedule: [{ fiscalYear: 2568, amountSatang: '1250000050' }],
    scheduleTotalSatang: '1250000050',
    outputs: [{ kind: 'output', description: 'ถนน', targetValue: '5.2', unit: 'กิโลเมตร' }],
    beneficiaryHouseholds: 1200,
    beneficiaryPeople: null,
    beneficiaryNote: 'เกษตรกร',
    readiness: [
      {
        item: 'land',
        status: 'ready',
        note: null,
        files: [
          {
            id: 'f',
            fileName: 'x.pdf',
            contentType: 'application/pdf',
            sizeBytes: 1,
            createdAt: '2025-01-01T00:00:00.000Z',
          },
        ],
      },
      { item: 'permits', status: 'not_applicable', note: null, files: [] },
      { item: 'design_estimate', status: 'in_progress', note: null, files: [] },
    ],
    emenscrCode: null,
    budgetBureauCode: null,
    gfmisCode: null,
    egpNumber: null,
    statusReason: null,
    statusChangedAt: null,
    budgetLocked: false,
    availableTransitions: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
