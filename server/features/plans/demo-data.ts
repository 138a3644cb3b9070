import type { FundingSource, KpiDirection, KpiRollup } from '../../../domain/plans/plan.js';

/** A demo link to a seeded alignment node: [scheme, code]. */
export type DemoLink = ['national_strategy' | 'master_plan' | 'nesdp13' | 'sdg', string];

export type DemoKpi = {
  key: string;
  name: string;
  unit: string;
  baseline: [string, number];
  direction: KpiDirection;
  rollup: KpiRollup;
  source: string;
  /** Plan-area targets FY2566–2570. */
  targets: number[];
  districtTargets?: { areaCode: string; values: number[] }[];
};

export type DemoItem = {
  key: string;
  title: string;
  funding: FundingSource;
  agency: string;
  /** Baht per fiscal year FY2566–2570; 0 = nothing that year. */
  baht: number[];
  areas: string[];
  kpis: string[];
  /** Code of the primary sub-plan target (Y1) under the 2566 master plans. */
  y1: string;
  links: DemoLink[];
  needHint?: string;
};

export type DemoIssue = {
  title: string;
  description: string;
  links: DemoLink[];
  objectives: { title: string; kpis: DemoKpi[] }[];
  approaches: { key: string; title: string; items: DemoItem[] }[];
};

const GPP = 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (ข้อมูลผลิตภัณฑ์มวลรวมจังหวัด) — ค่าตัวอย่าง';

/** Nakhon Ratchasima demo plan 2566–2570. Every figure is illustrative demo data, not an official plan. */
export const DEMO_ISSUES: DemoIssue[] = [
  {
    title: 'การพัฒนาการเกษตรและเกษตรแปรรูปมูลค่าสูง',
    description:
      'ยกระดับการผลิตข้าวหอมมะลิ พืชผัก ผลไม้ และปศุสัตว์สู่มาตรฐานความปลอดภัยและเพิ่มมูลค่าด้วยการแปรรูป (ข้อมูลตัวอย่าง)',
    links: [
      ['national_strategy', '2'],
      ['master_plan', '03'],
    ],
    objectives: [
      {
        title: 'เกษตรกรมีรายได้เพิ่มขึ้นจากสินค้าเกษตรคุณภาพและมูลค่าสูง',
        kpis: [
          {
            key: 'agri-gpp',
            name: 'มูลค่าผลิตภัณฑ์มวลรวมภาคเกษตรของจังหวัด',
            unit: 'ล้านบาท',
            baseline: ['58000', 2564],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: GPP,
            targets: [59000, 60200, 61400, 62600, 63900],
          },
          {
            key: 'gap-area',
            name: 'พื้นที่เกษตรที่ได้รับการรับรองมาตรฐาน GAP หรือเกษตรอินทรีย์',
            unit: 'ไร่',
            baseline: ['42000', 2565],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: 'สำนักงานเกษตรจังหวัดนครราชสีมา — ค่าตัวอย่าง',
            targets: [45000, 48000, 51000, 54000, 57000],
            districtTargets: [
              { areaCode: '3015', values: [6000, 6500, 7000, 7500, 8000] },
              { areaCode: '3017', values: [4000, 4300, 4600, 4900, 5200] },
            ],
          },
        ],
      },
    ],
    approaches: [
      {
        key: 'agri-safe',
        title: 'ส่งเสริมการผลิตเกษตรปลอดภัย เกษตรอินทรีย์ และเกษตรอัจฉริยะ',
        items: [
          {
            key: 'rice',
            title: 'ส่งเสริมการผลิตข้าวหอมมะลิคุณภาพในพื้นที่ทุ่งสัมฤทธิ์',
            funding: 'province',
            agency: 'สำนักงานเกษตรจังหวัดนครราชสีมา',
            baht: [0, 12500000, 15000000, 15000000, 10000000],
            areas: ['3015', '3017', '3013'],
            kpis: ['agri-gpp', 'gap-area'],
            y1: '030101',
            links: [
              ['nesdp13', '1'],
              ['sdg', '2'],
            ],
          },
          {
            key: 'gap',
            title: 'ยกระดับการผลิตผักและผลไม้ปลอดภัยสู่มาตรฐาน GAP',
            funding: 'province',
            agency: 'สำนักงานเกษตรจังหวัดนครราชสีมา',
            baht: [4800000, 5200000, 5200000, 5500000, 5500000],
            areas: ['3014', '3018', '3021'],
            kpis: ['gap-area'],
            y1: '030201',
            links: [
              ['nesdp13', '1'],
              ['sdg', '2'],
            ],
          },
          {
            key: 'beef',
            title: 'พัฒนาระบบฟาร์มอัจฉริยะและการผลิตโคเนื้อคุณภาพสูง',
            funding: 'province',
            agency: 'สำนักงานปศุสัตว์จังหวัดนครราชสีมา',
            baht: [0, 8000000, 9500000, 9500000, 0],
            areas: ['3021', '3020', '3018'],
            kpis: ['agri-gpp'],
            y1: '030501',
            links: [
              ['nesdp13', '1'],
              ['sdg', '8'],
            ],
          },
        ],
      },
      {
        key: 'agri-market',
        title: 'พัฒนาการแปรรูปและการตลาดสินค้าเกษตรและผลิตภัณฑ์ชุมชน',
        items: [
          {
            key: 'otop',
            title: 'ส่งเสริมการแปรรูปและการตลาดออนไลน์ของวิสาหกิจชุมชน',
            funding: 'agency',
            agency: 'สำนักงานพัฒนาชุมชนจังหวัดนครราชสีมา',
            baht: [3000000, 3500000, 3500000, 4000000, 4000000],
            areas: ['30'],
            kpis: ['agri-gpp'],
            y1: '160101',
            links: [
              ['nesdp13', '7'],
              ['sdg', '8'],
            ],
            needHint: 'แปรรูป',
          },
        ],
      },
    ],
  },
  {
    title: 'การท่องเที่ยวอารยธรรม ธรณีวิทยา และธรรมชาติอย่างยั่งยืน',
    description: 'พัฒนาแหล่งท่องเที่ยวอุทยานธรณีโลกโคราช อุทยานประวัติศาสตร์พิมาย และเขาใหญ่–วังน้ำเขียว (ข้อมูลตัวอย่าง)',
    links: [
      ['national_strategy', '2'],
      ['master_plan', '05'],
    ],
    objectives: [
      {
        title: 'รายได้จากการท่องเที่ยวของจังหวัดเพิ่มขึ้นอย่างยั่งยืน',
        kpis: [
          {
            key: 'tour-income',
            name: 'รายได้จากการท่องเที่ยวของจังหวัด',
            unit: 'ล้านบาท',
            baseline: ['14500', 2565],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: 'กระทรวงการท่องเที่ยวและกีฬา (สถิติรายจังหวัด) — ค่าตัวอย่าง',
            targets: [16000, 18000, 20000, 22000, 24000],
          },
          {
            key: 'tourists',
            name: 'จำนวนผู้เยี่ยมเยือน',
            unit: 'ล้านคน-ครั้ง',
            baseline: ['6.2', 2565],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: 'กระทรวงการท่องเที่ยวและกีฬา — ค่าตัวอย่าง',
            targets: [7.0, 7.6, 8.2, 8.8, 9.4],
            districtTargets: [{ areaCode: '3021', values: [3.1, 3.4, 3.7, 4.0, 4.3] }],
          },
        ],
      },
    ],
    approaches: [
      {
        key: 'tour-site',
        title: 'พัฒนาแหล่งท่องเที่ยวและสิ่งอำนวยความสะดวกด้านการท่องเที่ยว',
        items: [
          {
            key: 'geopark',
            title: 'พัฒนาแหล่งท่องเที่ยวในอุทยานธรณีโลกโคราช',
            funding: 'province',
            agency: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา',
            baht: [0, 9000000, 12000000, 12000000, 8000000],
            areas: ['3018', '3019', '3020', '3021'],
            kpis: ['tour-income', 'tourists'],
            y1: '050101',
            links: [
              ['nesdp13', '2'],
              ['sdg', '8'],
            ],
          },
          {
            key: 'phimai',
            title: 'ปรับปรุงภูมิทัศน์เส้นทางท่องเที่ยวอารยธรรมขอม อุทยานประวัติศาสตร์พิมาย',
            funding: 'province',
            agency: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา',
            baht: [6500000, 7000000, 7000000, 0, 0],
            areas: ['3015'],
            kpis: ['tour-income'],
            y1: '050101',
            links: [
              ['nesdp13', '2'],
              ['sdg', '11'],
            ],
          },
        ],
      },
      {
        key: 'tour-market',
        title: 'ส่งเสริมการตลาดและการท่องเที่ยวเชิงสร้างสรรค์และเชิงสุขภาพ',
        items: [
          {
            key: 'wellness',
            title: 'ส่งเสริมการท่องเที่ยวเชิงสุขภาพเขาใหญ่–วังน้ำเขียว',
            funding: 'province',
            agency: 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดนครราชสีมา',
            baht: [2500000, 3000000, 3000000, 3000000, 3000000],
            areas: ['3021', '3025'],
            kpis: ['tourists'],
            y1: '050301',
            links: [
              ['nesdp13', '4'],
              ['sdg', '3'],
            ],
          },
          {
            key: 'festival',
            title: 'จัดงานเทศกาลเที่ยวพิมายและส่งเสริมกิจกรรมท่องเที่ยวตลอดปี',
            funding: 'province',
            agency: 'ที่ทำการปกครองอำเภอพิมาย',
            baht: [2000000, 2000000, 2000000, 2000000, 2000000],
            areas: ['3015'],
            kpis: ['tourists'],
            y1: '050101',
            links: [
              ['nesdp13', '2'],
              ['sdg', '8'],
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'การพัฒนาโครงสร้างพื้นฐาน โลจิสติกส์ และการค้าการลงทุน',
    description:
      'เชื่อมโยงรถไฟทางคู่ รถไฟความเร็วสูง และทางหลวงพิเศษหมายเลข 6 เพื่อเป็นศูนย์กลางโลจิสติกส์ของภาค (ข้อมูลตัวอย่าง)',
    links: [
      ['national_strategy', '2'],
      ['master_plan', '07'],
    ],
    objectives: [
      {
        title: 'ระบบโลจิสติกส์มีประสิทธิภาพและการลงทุนขยายตัว',
        kpis: [
          {
            key: 'investment',
            name: 'มูลค่าการลงทุนภาคอุตสาหกรรมที่ได้รับอนุญาต',
            unit: 'ล้านบาท',
            baseline: ['12000', 2565],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: 'สำนักงานอุตสาหกรรมจังหวัดนครราชสีมา — ค่าตัวอย่าง',
            targets: [12500, 13000, 13600, 14200, 14800],
          },
        ],
      },
    ],
    approaches: [
      {
        key: 'logistics',
        title: 'พัฒนาโครงข่ายคมนาคมเชื่อมโยงระบบรางและทางหลวงพิเศษ',
        items: [
          {
            key: 'road',
            title: 'ก่อสร้างถนนเชื่อมโยงสถานีรถไฟทางคู่กับทางหลวงพิเศษหมายเลข 6',
            funding: 'province',
            agency: 'สำนักงานทางหลวงชนบทจังหวัดนครราชสีมา',
            baht: [0, 25000000, 30000000, 30000000, 0],
            areas: ['3001', '3018'],
            kpis: ['investment'],
            y1: '070101',
            links: [
              ['nesdp13', '5'],
              ['sdg', '9'],
            ],
          },
          {
            key: 'hub',
            title: 'ศึกษาและออกแบบศูนย์กระจายสินค้าเกษตรและโลจิสติกส์',
            funding: 'province',
            agency: 'สำนักงานพาณิชย์จังหวัดนครราชสีมา',
            baht: [3000000, 0, 0, 0, 0],
            areas: ['3001'],
            kpis: ['investment'],
            y1: '070101',
            links: [
              ['nesdp13', '5'],
              ['sdg', '9'],
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'การบริหารจัดการน้ำ และการยกระดับคุณภาพชีวิต',
    description: 'เพิ่มน้ำต้นทุนเพื่อการเกษตรและการอุปโภคบริโภค และแก้ไขปัญหาความยากจนแบบพุ่งเป้า (ข้อมูลตัวอย่าง)',
    links: [
      ['national_strategy', '5'],
      ['master_plan', '19'],
    ],
    objectives: [
      {
        title: 'มีน้ำเพียงพอต่อการอุปโภคบริโภคและการเกษตร และครัวเรือนยากจนลดลง',
        kpis: [
          {
            key: 'water',
            name: 'ปริมาณน้ำเก็บกักที่เพิ่มขึ้นจากโครงการของจังหวัด',
            unit: 'ล้านลูกบาศก์เมตร',
            baseline: ['0', 2565],
            direction: 'higher_is_better',
            rollup: 'sum',
            source: 'สำนักงานชลประทานที่ 8 — ค่าตัวอย่าง',
            targets: [2, 4, 6, 8, 10],
            districtTargets: [{ areaCode: '3001', values: [0.5, 1, 1.5, 2, 2.5] }],
          },
          {
            key: 'poor',
            name: 'ครัวเรือนยากจนตามข้อมูล TPMAP',
            unit: 'ครัวเรือน',
            baseline: ['19500', 2565],
            direction: 'lower_is_better',
            rollup: 'latest',
            source: 'TPMAP — ค่าตัวอย่าง',
            targets: [18500, 17500, 16500, 15500, 14500],
          },
        ],
      },
    ],
    approaches: [
      {
        key: 'water-source',
        title: 'พัฒนาแหล่งน้ำและระบบกระจายน้ำ',
        items: [
          {
            key: 'dredge',
            title: 'ขุดลอกและเพิ่มความจุแหล่งน้ำลำตะคองตอนล่าง',
            funding: 'province',
            agency: 'สำนักงานชลประทานที่ 8',
            baht: [15000000, 18000000, 18000000, 15000000, 12000000],
            areas: ['3001', '3018', '3019'],
            kpis: ['water'],
            y1: '190101',
            links: [
              ['nesdp13', '11'],
              ['sdg', '6'],
            ],
            needHint: 'แหล่งน้ำ',
          },
          {
            key: 'solar',
            title: 'ก่อสร้างระบบกระจายน้ำด้วยพลังงานแสงอาทิตย์เพื่อการเกษตร',
            funding: 'province',
            agency: 'สำนักงานทรัพยากรน้ำภาค 5',
            baht: [6000000, 7500000, 7500000, 7500000, 7500000],
            areas: ['3006', '3016', '3017'],
            kpis: ['water'],
            y1: '190201',
            links: [
              ['nesdp13', '10'],
              ['sdg', '7'],
            ],
          },
          {
            key: 'tap',
            title: 'ขยายเขตและปรับปรุงระบบประปาหมู่บ้าน',
            funding: 'local_government',
            agency: 'องค์การบริหารส่วนจังหวัดนครราชสีมา',
            baht: [5000000, 5000000, 5000000, 5000000, 5000000],
            areas: ['3008', '3011', '3024'],
            kpis: ['water'],
            y1: '190101',
            links: [
              ['nesdp13', '8'],
              ['sdg', '6'],
            ],
            needHint: 'ประปา',
          },
        ],
      },
      {
        key: 'poverty',
        title: 'แก้ไขปัญหาความยากจนแบบพุ่งเป้า',
        items: [
          {
            key: 'livelihood',
            title: 'พัฒนาอาชีพครัวเรือนยากจนแบบพุ่งเป้าตามข้อมูล TPMAP',
            funding: 'province',
            agency: 'สำนักงานพัฒนาชุมชนจังหวัดนครราชสีมา',
            baht: [2500000, 2500000, 2500000, 2500000, 2500000],
            areas: ['30'],
            kpis: ['poor'],
            y1: '160201',
            links: [
              ['nesdp13', '9'],
              ['sdg', '1'],
            ],
          },
        ],
      },
    ],
  },
];
