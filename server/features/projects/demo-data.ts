import type {
  BudgetType,
  ProjectCategory,
  ProjectStatus,
  ReadinessStatus,
} from '../../../domain/projects/project.js';
import { READINESS_ITEMS } from '../../../domain/projects/project.js';

/** Project titles the demo province proposes beyond its plan's project-set items (a place is appended). */
export const DEMO_NEW_TITLES: readonly {
  title: string;
  budgetType: BudgetType;
  category: ProjectCategory;
}[] = [
  {
    title: 'ก่อสร้างถนนคอนกรีตเสริมเหล็กเชื่อมแหล่งผลิตทางการเกษตร',
    budgetType: 'investment',
    category: 'construction',
  },
  { title: 'ขุดลอกแหล่งน้ำสาธารณะเพื่อการเกษตร', budgetType: 'investment', category: 'construction' },
  { title: 'ก่อสร้างฝายชะลอน้ำแบบขั้นบันได', budgetType: 'investment', category: 'construction' },
  { title: 'จัดซื้อเครื่องสูบน้ำพลังงานแสงอาทิตย์', budgetType: 'investment', category: 'equipment' },
  { title: 'ฝึกอบรมเกษตรกรปลูกข้าวหอมมะลิอินทรีย์', budgetType: 'operating', category: 'training' },
  { title: 'ส่งเสริมการตลาดผ้าไหมปักธงชัย', budgetType: 'operating', category: 'promotion' },
  { title: 'พัฒนาแหล่งท่องเที่ยวชุมชนเชิงวัฒนธรรม', budgetType: 'investment', category: 'construction' },
  { title: 'ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ในชุมชน', budgetType: 'investment', category: 'equipment' },
  { title: 'ศึกษาความเป็นไปได้ระบบกระจายน้ำ', budgetType: 'operating', category: 'study' },
  { title: 'อุดหนุนกองทุนหมู่บ้านเพื่อแปรรูปผลผลิต', budgetType: 'subsidy', category: 'other' },
  // On the negative list (vehicles), so the demo shows that rule failing.
  { title: 'จัดซื้อรถยนต์ตรวจการณ์ป้องกันและบรรเทาสาธารณภัย', budgetType: 'investment', category: 'vehicle' },
];

/** Cluster projects the cluster proposes (the member provinces share the money). */
export const DEMO_CLUSTER_TITLES: readonly string[] = [
  'ยกระดับมาตรฐานข้าวหอมมะลิกลุ่มจังหวัดสู่ตลาดโลก',
  'พัฒนาเส้นทางท่องเที่ยวอารยธรรมขอมเชื่อมโยงกลุ่มจังหวัด',
  'ส่งเสริมผ้าไหมอีสานใต้สู่ผลิตภัณฑ์สร้างสรรค์',
  'พัฒนาศูนย์กระจายสินค้าเกษตรกลุ่มจังหวัด',
  'เพิ่มประสิทธิภาพการบริหารจัดการน้ำลุ่มน้ำมูล',
];

/** A deterministic spread of statuses: mostly moving towards the FY2569 action plan. */
export const DEMO_2569_STATUSES: readonly ProjectStatus[] = [
  'in_action_plan',
  'in_action_plan',
  'readiness_checked',
  'proposal',
  'in_action_plan',
  'idea',
];
/** FY2568 projects have been through the budget stages. */
export const DEMO_2568_STATUSES: readonly ProjectStatus[] = [
  'allocated',
  'allocated',
  'spending',
  'cut',
  'completed',
];

/** Readiness of the n-th demo project: most are ready, every seventh lacks its price estimate. */
export function demoReadiness(n: number) {
  return READINESS_ITEMS.map((item) => {
    let status: ReadinessStatus = 'ready';
    if (item === 'permits') {
      status = 'not_applicable';
    } else if (item === 'design_estimate' && n % 7 === 3) {
      status = 'in_progress';
    } else if (item === 'receiver_commitment' && n % 11 === 5) {
      status = 'pending';
    }
    return { item, status, note: null };
  });
}

/**
 * The FY2569 budget request went in for every other action-plan project that is ready and answers
 * the plan (issue and KPI linked) and buys no vehicle (the FY2569 negative list), so the demo
 * explanation pack has pages and no requested project fails a blocking rule; the rest stay in the
 * action plan, some of them failing for the demo.
 */
export function demoStatusOf(
  fields: { status: ProjectStatus; category: ProjectCategory },
  n: number,
  links: { planIssueId?: string | null; kpiIds: readonly string[] },
): ProjectStatus {
  const { status } = fields;
  const ready = demoReadiness(n).every(
    (entry) => entry.status !== 'pending' && entry.status !== 'in_progress',
  );
  return status === 'in_action_plan' &&
    fields.category !== 'vehicle' &&
    n % 2 === 0 &&
    ready &&
    links.planIssueId &&
    links.kpiIds.length > 0
    ? 'requested'
    : status;
}

/** A demo amount in satang: 0.5–9.5 million baht in 50,000-baht steps, varied by n. */
export const demoAmount = (n: number): string => String((50 + ((n * 37) % 900)) * 1_000_000);
