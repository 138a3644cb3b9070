import type { PlanStatus } from '../../../domain/plans/plan.js';
import type { DemoItem } from './demo-data.js';

export const DEMO_TITLE = 'แผนพัฒนาจังหวัดนครราชสีมา พ.ศ. 2566–2570 (ข้อมูลตัวอย่าง)';

/** Version-level sections of the demo plan; illustrative only. */
export const DEMO_VERSION_FIELDS = {
  vision:
    'นครราชสีมา เมืองน่าอยู่ ศูนย์กลางเศรษฐกิจและโลจิสติกส์ของภาคตะวันออกเฉียงเหนือ บนฐานเกษตรมูลค่าสูงและการท่องเที่ยวที่ยั่งยืน (ข้อมูลตัวอย่าง)',
  developmentGoal:
    'เศรษฐกิจจังหวัดขยายตัวอย่างมีคุณภาพ ประชาชนมีรายได้และคุณภาพชีวิตดีขึ้น และทรัพยากรธรรมชาติได้รับการดูแลอย่างยั่งยืน',
  areaPotential:
    'จังหวัดที่มีพื้นที่มากที่สุดของประเทศ เป็นประตูสู่ภาคตะวันออกเฉียงเหนือ มีอุทยานธรณีโลกโคราช อุทยานแห่งชาติเขาใหญ่ และอุทยานประวัติศาสตร์พิมาย และเป็นแหล่งผลิตข้าวหอมมะลิทุ่งสัมฤทธิ์ (ข้อมูลตัวอย่าง)',
  swot: {
    strengths: ['ที่ตั้งเป็นศูนย์กลางการคมนาคมของภาค', 'แหล่งท่องเที่ยวระดับโลก 3 แห่ง', 'พื้นที่เกษตรกว้างขวาง'],
    weaknesses: ['พื้นที่เกษตรส่วนใหญ่อยู่นอกเขตชลประทาน', 'สินค้าเกษตรยังแปรรูปน้อย'],
    opportunities: ['รถไฟทางคู่ รถไฟความเร็วสูง และทางหลวงพิเศษหมายเลข 6', 'กระแสการท่องเที่ยวเชิงสุขภาพ'],
    threats: ['ภัยแล้งและน้ำท่วมซ้ำซาก', 'ความผันผวนของราคาสินค้าเกษตร'],
  },
  keyFigures: [
    {
      label: 'ผลิตภัณฑ์มวลรวมจังหวัด (GPP)',
      value: '300000',
      unit: 'ล้านบาท',
      year: 2564,
      source: 'สศช. — ค่าตัวอย่าง',
    },
    { label: 'ประชากร', value: '2630000', unit: 'คน', year: 2565, source: 'กรมการปกครอง — ค่าตัวอย่าง' },
    { label: 'พื้นที่ชลประทาน', value: '1100000', unit: 'ไร่', year: 2565, source: 'กรมชลประทาน — ค่าตัวอย่าง' },
  ],
};

type DemoApproval = {
  action: string;
  from: PlanStatus;
  to: PlanStatus;
  date: string;
  meetingNo?: string;
  by: string;
};

/**
 * The demo original's path to publication; meeting numbers and dates are illustrative. The 2565 moves
 * were taken by the bodies of that time (ก.บ.ภ. 1/2565 on 14 Feb 2565, not ก.น.บ.): the approvals
 * history ties each move to the step row then in force.
 */
export const DEMO_APPROVALS: DemoApproval[] = [
  { action: 'submit', from: 'draft', to: 'submitted_to_committee', date: '2021-11-15', by: 'planner.korat' },
  {
    action: 'committee_approve',
    from: 'submitted_to_committee',
    to: 'committee_approved',
    date: '2021-11-30',
    meetingNo: '4/2564',
    by: 'head.korat',
  },
  {
    action: 'submit_to_centre',
    from: 'committee_approved',
    to: 'submitted_to_centre',
    date: '2021-12-10',
    by: 'head.korat',
  },
  {
    action: 'regional_approve',
    from: 'submitted_to_centre',
    to: 'regional_approved',
    date: '2022-01-20',
    meetingNo: '1/2565',
    by: 'analyst',
  },
  {
    action: 'knb_approve',
    from: 'regional_approved',
    to: 'knb_approved',
    date: '2022-02-14',
    meetingNo: '1/2565',
    by: 'analyst',
  },
  {
    action: 'cabinet_note',
    from: 'knb_approved',
    to: 'cabinet_noted',
    date: '2022-03-08',
    meetingNo: '9/2565',
    by: 'analyst',
  },
  { action: 'publish', from: 'cabinet_noted', to: 'published', date: '2022-03-15', by: 'admin' },
];

/** The item the FY2569 review adds, with its reason. */
export const DEMO_REVIEW_ITEM: { item: DemoItem; reason: string } = {
  item: {
    key: 'sport',
    title: 'ส่งเสริมการท่องเที่ยวเชิงกีฬาและงานวิ่งเขาใหญ่มาราธอน',
    funding: 'province',
    agency: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา',
    baht: [0, 0, 0, 3500000, 3500000],
    areas: ['3021'],
    kpis: ['tourists', 'tour-income'],
    y1: '050101',
    links: [
      ['nesdp13', '2'],
      ['sdg', '3'],
    ],
  },
  reason: 'เพิ่มตามข้อเสนอ กรอ.จังหวัด ครั้งที่ 2/2567 เพื่อกระจายนักท่องเที่ยวนอกฤดูกาล (ข้อมูลตัวอย่าง)',
};
