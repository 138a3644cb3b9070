import type { ProgrammeInput } from '../../../domain/programmes/programme-input.js';

/**
 * The programme the seed names: activities in celebration of His Majesty the King's 6th-cycle
 * birthday anniversary, 28 July 2567, with its four projects. Targets, figures and the reporting
 * period are demo values, not official ones.
 */
export const ROYAL_CELEBRATION_2567: ProgrammeInput = {
  code: 'ROYAL-6CYCLE-2567',
  titleTh:
    'กิจกรรมเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567',
  titleEn:
    'Activities in celebration of His Majesty the King’s 6th-cycle (72nd) birthday anniversary, 28 July 2024',
  objective:
    'เพื่อเฉลิมพระเกียรติและแสดงความจงรักภักดี โดยจังหวัดดำเนินโครงการ 4 โครงการร่วมกับประชาชนทุกภาคส่วน (ข้อมูลตัวอย่าง เป้าหมายและผลเป็นค่าสมมติ)',
  occasion: 'พระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567',
  startDate: '2024-04-01',
  endDate: '2024-09-30',
  reportingFrequency: 'monthly',
  reportDueDays: 15,
  components: [
    {
      key: 'holy_water',
      titleTh: 'โครงการจัดทำน้ำพระพุทธมนต์ศักดิ์สิทธิ์',
      titleEn: 'Making sacred holy water',
      indicators: [
        {
          key: 'sacred_sources',
          nameTh: 'แหล่งน้ำศักดิ์สิทธิ์ที่ประกอบพิธี',
          nameEn: 'Sacred water sources blessed',
          unit: 'แห่ง',
          aggregation: 'sum',
        },
        {
          key: 'ceremony_held',
          nameTh: 'จัดพิธีเสกน้ำพระพุทธมนต์แล้ว',
          nameEn: 'Blessing ceremony held',
          unit: 'พิธี',
          aggregation: 'latest',
        },
      ],
    },
    {
      key: 'ordination',
      titleTh: 'โครงการบรรพชาอุปสมบท เฉลิมพระเกียรติฯ',
      titleEn: 'Ordination in royal celebration',
      indicators: [
        {
          key: 'ordained',
          nameTh: 'ผู้บรรพชาอุปสมบท',
          nameEn: 'People ordained',
          unit: 'รูป',
          aggregation: 'sum',
        },
      ],
    },
    {
      key: 'canals',
      titleTh: '10 คลองสวย น้ำใส คนไทยมีสุข',
      titleEn: '10 beautiful canals, clear water, happy Thais',
      indicators: [
        {
          key: 'canals_cleaned',
          nameTh: 'คลองที่พัฒนาแล้ว',
          nameEn: 'Canals cleaned',
          unit: 'สาย',
          aggregation: 'sum',
        },
        {
          key: 'canal_length',
          nameTh: 'ความยาวคลองที่พัฒนา',
          nameEn: 'Length of canal cleaned',
          unit: 'เมตร',
          aggregation: 'sum',
        },
      ],
    },
    {
      key: 'school_water',
      titleTh: 'หลอมรวมใจ มอบน้ำใส ให้โรงเรียน',
      titleEn: 'United hearts: clean water for schools',
      indicators: [
        {
          key: 'schools_given',
          nameTh: 'โรงเรียนที่ได้รับระบบน้ำดื่มสะอาด',
          nameEn: 'Schools given a drinking-water system',
          unit: 'แห่ง',
          aggregation: 'sum',
        },
      ],
    },
  ],
};

/** Demo targets per province, by indicator key (the canal count per province is data, not a rule). */
export const DEMO_TARGETS: Record<string, Record<string, number>> = {
  '30': {
    sacred_sources: 9,
    ceremony_held: 1,
    ordained: 400,
    canals_cleaned: 10,
    canal_length: 25_000,
    schools_given: 32,
  },
  '50': {
    sacred_sources: 5,
    ceremony_held: 1,
    ordained: 250,
    canals_cleaned: 10,
    canal_length: 18_000,
    schools_given: 20,
  },
  '40': {
    sacred_sources: 4,
    ceremony_held: 1,
    ordained: 300,
    canals_cleaned: 12,
    canal_length: 21_000,
    schools_given: 26,
  },
  '90': {
    sacred_sources: 3,
    ceremony_held: 1,
    ordained: 150,
    canals_cleaned: 8,
    canal_length: 12_000,
    schools_given: 15,
  },
};

/** Monthly figures the demo province and one other reported (by period, then indicator key). */
export const DEMO_REPORTS: Record<string, Record<string, number>[]> = {
  '30': [
    {
      sacred_sources: 3,
      ceremony_held: 0,
      ordained: 0,
      canals_cleaned: 2,
      canal_length: 4_500,
      schools_given: 5,
    },
    {
      sacred_sources: 4,
      ceremony_held: 0,
      ordained: 120,
      canals_cleaned: 3,
      canal_length: 7_200,
      schools_given: 8,
    },
    {
      sacred_sources: 2,
      ceremony_held: 1,
      ordained: 180,
      canals_cleaned: 2,
      canal_length: 6_100,
      schools_given: 9,
    },
    {
      sacred_sources: 0,
      ceremony_held: 1,
      ordained: 110,
      canals_cleaned: 2,
      canal_length: 5_000,
      schools_given: 6,
    },
    {
      sacred_sources: 0,
      ceremony_held: 1,
      ordained: 0,
      canals_cleaned: 1,
      canal_length: 2_400,
      schools_given: 4,
    },
    {
      sacred_sources: 0,
      ceremony_held: 1,
      ordained: 0,
      canals_cleaned: 0,
      canal_length: 0,
      schools_given: 0,
    },
  ],
  '50': [
    {
      sacred_sources: 2,
      ceremony_held: 0,
      ordained: 40,
      canals_cleaned: 1,
      canal_length: 2_000,
      schools_given: 3,
    },
    {
      sacred_sources: 2,
      ceremony_held: 1,
      ordained: 90,
      canals_cleaned: 2,
      canal_length: 3_500,
      schools_given: 4,
    },
  ],
};

export const DEMO_ACTIVITIES: { component: string; title: string; areaCode: string | null }[] = [
  { component: 'holy_water', title: 'พิธีอัญเชิญน้ำศักดิ์สิทธิ์จากแหล่งน้ำสำคัญ 9 แห่งของจังหวัด', areaCode: null },
  { component: 'ordination', title: 'บรรพชาอุปสมบทเฉลิมพระเกียรติ 400 รูป ณ วัดในอำเภอเมือง', areaCode: '3001' },
  { component: 'canals', title: 'พัฒนาคลองและลำน้ำ 10 สายร่วมกับจิตอาสา', areaCode: null },
  { component: 'school_water', title: 'ติดตั้งเครื่องกรองน้ำดื่มให้โรงเรียนขนาดเล็ก 32 แห่ง', areaCode: null },
];

/** A 1×1 PNG standing in for the demo report photo. */
export const DEMO_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
