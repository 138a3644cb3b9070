import type { MemberRole, ResolutionKind, SeatType } from '../../../domain/committees/committee.js';

/** The demo province's committees; names of people are invented and labelled as demo. */
export type DemoMember = {
  name: string;
  position: string;
  seat: SeatType;
  role: MemberRole;
  from: string;
  to: string | null;
};
export type DemoItem = { section: 1 | 2 | 3 | 4 | 5; title: string; resolution: [ResolutionKind, string] };
export type DemoMeeting = {
  no: number;
  beYear: number;
  date: string;
  venue: string;
  items: DemoItem[];
  /** A follow-up the meeting assigned: the first item's; done or not. */
  followUp?: { title: string; owner: string; due: string; done: boolean };
};

export const DEMO_PROVINCE = '30';

export const DEMO_KBJ = {
  kind: 'kbj' as const,
  nameTh: 'คณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดนครราชสีมา (ข้อมูลตัวอย่าง)',
  nameEn: 'Nakhon Ratchasima integrated provincial administration committee (demo)',
  legalBasis: 'พระราชกฤษฎีกาว่าด้วยการบริหารงานเชิงพื้นที่แบบบูรณาการ พ.ศ. 2565',
  secretaryUnit: 'สำนักงานจังหวัดนครราชสีมา',
};

export const DEMO_KRO = {
  kind: 'kro_province' as const,
  nameTh: 'คณะกรรมการร่วมภาครัฐและเอกชนเพื่อแก้ไขปัญหาทางเศรษฐกิจจังหวัดนครราชสีมา (กรอ.จังหวัด) (ข้อมูลตัวอย่าง)',
  nameEn: 'Nakhon Ratchasima joint public–private committee (demo)',
  legalBasis: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยคณะกรรมการร่วมภาครัฐและเอกชน (ตัวอย่าง)',
  secretaryUnit: 'สำนักงานจังหวัดนครราชสีมา',
};

/** Ex officio seats follow the position (no end); appointed ones run a three-year term. */
const exOfficio = (name: string, position: string, role: MemberRole): DemoMember => ({
  name,
  position,
  seat: 'government',
  role,
  from: '2025-10-01',
  to: null,
});
const appointed = (
  name: string,
  position: string,
  seat: SeatType,
  role: MemberRole = 'member',
): DemoMember => ({
  name,
  position,
  seat,
  role,
  from: '2025-10-01',
  to: '2028-09-30',
});

const GOVERNOR = exOfficio('นายตัวอย่าง ผู้ว่า', 'ผู้ว่าราชการจังหวัดนครราชสีมา', 'chair');
const SECRETARY = exOfficio('นายแผนงาน ตัวอย่าง', 'หัวหน้าสำนักงานจังหวัดนครราชสีมา', 'secretary');
const CHAMBER = ['นายค้าขาย รุ่งเรือง', 'ประธานหอการค้าจังหวัดนครราชสีมา'] as const;
const INDUSTRY = appointed('นางอุตสา หกรรม', 'ประธานสภาอุตสาหกรรมจังหวัดนครราชสีมา', 'private');

export const DEMO_KBJ_MEMBERS: DemoMember[] = [
  GOVERNOR,
  exOfficio('นายทดลอง รองผู้ว่า', 'รองผู้ว่าราชการจังหวัดนครราชสีมา', 'vice_chair'),
  exOfficio('นางสาวสมมุติ ปลัด', 'ปลัดจังหวัดนครราชสีมา', 'member'),
  appointed('นายสาธิต นายก', 'นายกองค์การบริหารส่วนจังหวัดนครราชสีมา', 'local_government'),
  appointed(...CHAMBER, 'private'),
  INDUSTRY,
  appointed('รองศาสตราจารย์วิชาการ ตัวอย่าง', 'ผู้ทรงคุณวุฒิ มหาวิทยาลัยในจังหวัด', 'education'),
  appointed('นางประชา สังคม', 'ผู้แทนภาคประชาสังคม', 'civil_society'),
  SECRETARY,
];

export const DEMO_KRO_MEMBERS: DemoMember[] = [
  GOVERNOR,
  appointed(...CHAMBER, 'private', 'vice_chair'),
  INDUSTRY,
  appointed('นายท่องเที่ยว ทั่วไทย', 'นายกสมาคมท่องเที่ยวจังหวัดนครราชสีมา', 'private'),
  SECRETARY,
];

/** Three past ก.บ.จ. meetings of BE 2569; the third leaves a follow-up open past its due date. */
export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    no: 1,
    beYear: 2569,
    date: '2026-02-10',
    venue: 'ห้องประชุมราชสีมา ศาลากลางจังหวัดนครราชสีมา',
    items: [
      {
        section: 1,
        title: 'แนวทางการทบทวนแผนพัฒนาจังหวัด ประจำปีงบประมาณ พ.ศ. 2570',
        resolution: ['note', 'ที่ประชุมรับทราบ'],
      },
      {
        section: 4,
        title: 'กรอบการจัดทำโครงการประจำปีงบประมาณ พ.ศ. 2570',
        resolution: ['approve', 'ที่ประชุมเห็นชอบกรอบการจัดทำโครงการ'],
      },
    ],
  },
  {
    no: 2,
    beYear: 2569,
    date: '2026-05-12',
    venue: 'ห้องประชุมราชสีมา ศาลากลางจังหวัดนครราชสีมา',
    items: [
      {
        section: 2,
        title: 'รับรองรายงานการประชุมครั้งที่ 1/2569',
        resolution: ['approve', 'ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข'],
      },
      {
        section: 4,
        title: 'ข้อเสนอโครงการจากภาคเอกชน (กรอ.จังหวัด)',
        resolution: ['assign', 'มอบสำนักงานจังหวัดรวบรวมข้อเสนอเข้าบัญชีความต้องการ'],
      },
    ],
    followUp: {
      title: 'รวบรวมข้อเสนอภาคเอกชนเข้าบัญชีความต้องการ',
      owner: 'สำนักงานจังหวัดนครราชสีมา',
      due: '2026-06-30',
      done: true,
    },
  },
  {
    no: 3,
    beYear: 2569,
    date: '2026-08-18',
    venue: 'ประชุมผ่านสื่ออิเล็กทรอนิกส์และห้องประชุมราชสีมา',
    items: [
      {
        section: 3,
        title: 'ผลการเบิกจ่ายงบประมาณจังหวัด ไตรมาสที่ 3',
        resolution: ['assign', 'มอบหน่วยดำเนินการเร่งรัดการเบิกจ่ายให้เป็นไปตามเป้าหมาย'],
      },
      { section: 5, title: 'กำหนดการประชุมครั้งต่อไป', resolution: ['note', 'ที่ประชุมรับทราบ'] },
    ],
    followUp: {
      title: 'เร่งรัดการเบิกจ่ายโครงการที่ยังไม่ก่อหนี้ผูกพัน',
      owner: 'สำนักงานโยธาธิการและผังเมืองจังหวัดนครราชสีมา',
      due: '2026-09-30',
      done: false,
    },
  },
];
