// Deterministic synthetic projects for one province: FY2566–2570, one location, one budget line and a
// schedule row each; the funded ones also carry their four budget stages and a year of monthly spending.
import type { BudgetType, ProjectCategory, ProjectStatus } from '../../domain/projects/project.js';
import { budgetUnitOf, projectCodeOf } from '../../domain/projects/project.js';
import { randomSource, tokensOf, type Subdistrict } from './need-rows.js';

export const PROJECT_YEARS = [2566, 2567, 2568, 2569, 2570] as const;
/** Fiscal years whose funded projects have a full year of plan and actual months behind them. */
const SPENT_YEARS = new Set([2566, 2567, 2568, 2569]);

const WORKS: [string, BudgetType, ProjectCategory][] = [
  ['ก่อสร้างถนนคอนกรีตเสริมเหล็ก', 'investment', 'construction'],
  ['ขุดลอกคลองส่งน้ำเพื่อการเกษตร', 'investment', 'construction'],
  ['ก่อสร้างระบบประปาหมู่บ้าน', 'investment', 'construction'],
  ['ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์', 'investment', 'equipment'],
  ['ส่งเสริมอาชีพกลุ่มทอผ้าและแปรรูปผลผลิต', 'operating', 'training'],
  ['พัฒนาศักยภาพผู้ดูแลผู้สูงอายุ', 'operating', 'training'],
  ['ส่งเสริมการท่องเที่ยวชุมชน', 'operating', 'promotion'],
  ['ป้องกันและแก้ไขปัญหายาเสพติดในเยาวชน', 'subsidy', 'other'],
  ['ศึกษาความเหมาะสมระบบบริหารจัดการน้ำ', 'other', 'study'],
];
const UNFUNDED: ProjectStatus[] = ['idea', 'proposal', 'readiness_checked', 'in_action_plan', 'requested'];
const FUNDED: ProjectStatus[] = ['allocated', 'spending', 'completed', 'closed', 'carried_over'];

export type ProjectPlace = {
  provinceCode: string;
  subdistricts: readonly Subdistrict[];
  /** Clusters the province belongs to, with the operations-centre province that owns their projects. */
  clusters: readonly { id: number; centre: string }[];
  planIssueIds: readonly string[];
  agencyId: string | null;
};

export type GeneratedProject = {
  id: string;
  provinceCode: string;
  clusterId: number | null;
  budgetUnit: string;
  code: string;
  fiscalYear: number;
  title: string;
  objective: string;
  budgetType: BudgetType;
  category: ProjectCategory;
  totalSatang: bigint;
  agencyId: string | null;
  planIssueId: string | null;
  areaCode: string;
  status: ProjectStatus;
  /** Stage amounts request → enacted, when the project reached the budget stages. */
  stages: bigint[];
  searchTokens: string;
  createdAt: Date;
};

/** Splits an amount over twelve months in whole satang, the remainder in the last month. */
export function monthlyShares(total: bigint): bigint[] {
  const month = total / 12n;
  return Array.from({ length: 12 }, (_, index) => (index === 11 ? total - month * 11n : month));
}

/**
 * `count` projects of one province spread evenly over the five fiscal years; one in fifty belongs to
 * a cluster the province is in (owned by its operations centre). Five in eight of the projects of
 * FY2566–2569 are funded; with twelve plan and twelve actual months each that is about the national
 * 2,400,000 monthly spending rows from 200,000 projects (2,402,760 at seed 1).
 */
export function provinceProjects(
  place: ProjectPlace,
  count: number,
  running: Map<string, number>,
  seed: number,
): GeneratedProject[] {
  const random = randomSource(seed * 1000 + 7 + Number(place.provinceCode));
  const rows: GeneratedProject[] = [];
  for (let index = 0; index < count; index += 1) {
    const fiscalYear = PROJECT_YEARS[index % PROJECT_YEARS.length] ?? 2569;
    const cluster = index % 50 === 49 ? (place.clusters[index % place.clusters.length] ?? null) : null;
    const provinceCode = cluster?.centre ?? place.provinceCode;
    const budgetUnit = budgetUnitOf(cluster ? 'cluster' : 'province', provinceCode, cluster?.id ?? null);
    const key = `${budgetUnit}:${fiscalYear}`;
    const runningNo = (running.get(key) ?? 0) + 1;
    running.set(key, runningNo);
    const code = projectCodeOf(budgetUnit, fiscalYear, runningNo);
    const [work, budgetType, category] = random.pick(WORKS);
    const subdistrict = random.pick(place.subdistricts);
    const title = `${work} ตำบล${subdistrict.nameTh}`;
    const objective = `เพื่อแก้ไขปัญหาความต้องการของประชาชนในพื้นที่ หมู่ที่ ${random.int(1, 15)}`;
    const funded = SPENT_YEARS.has(fiscalYear) && index % 8 < 5;
    const totalSatang = BigInt(random.int(50, 20_000)) * 10_000_00n;
    const cut = BigInt(random.int(0, 10)) * (totalSatang / 100n);
    rows.push({
      id: random.uuid(),
      provinceCode,
      clusterId: cluster?.id ?? null,
      budgetUnit,
      code,
      fiscalYear,
      title,
      objective,
      budgetType,
      category,
      totalSatang,
      agencyId: place.agencyId,
      planIssueId: place.planIssueIds.length > 0 ? random.pick(place.planIssueIds) : null,
      areaCode: subdistrict.code,
      status: funded ? random.pick(FUNDED) : random.pick(UNFUNDED),
      stages: funded ? [totalSatang + cut, totalSatang + cut, totalSatang, totalSatang] : [],
      searchTokens: `${tokensOf(code)} ${tokensOf(title)} ${tokensOf(objective)}`,
      createdAt: new Date(Date.UTC(fiscalYear - 544, random.int(0, 11), random.int(1, 28))),
    });
  }
  return rows;
}
