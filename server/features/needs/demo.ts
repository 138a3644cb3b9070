import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { NeedFacts, NeedLinkType, NeedOrigin, NeedStatus } from '../../../domain/needs/need.js';
import { NEED_ORIGINS } from '../../../domain/needs/need.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { Database } from '../../platform/db/client.js';
import { areas } from '../areas/tables.js';
import { insertNeeds } from './writes.js';
import { needDimensions, needs } from './tables.js';

const DEMO_PROVINCE = '30';
const DEMO_COUNT = 2000;
const BATCH = 500;
const FISCAL_YEARS = [2569, 2570, 2571];

/** Title templates by dimension (Thai name of the seeded dimension). */
const TEMPLATES: Record<string, string[]> = {
  เศรษฐกิจ: [
    'ขาดแหล่งน้ำเพื่อการเกษตร',
    'ราคาผลผลิตทางการเกษตรตกต่ำ ต้องการตลาดรองรับ',
    'ต้องการส่งเสริมอาชีพกลุ่มทอผ้าไหม',
    'ขาดโรงเรือนแปรรูปผลผลิตชุมชน',
    'ต้องการขุดลอกคลองส่งน้ำ',
    'ต้องการพัฒนาแหล่งท่องเที่ยวชุมชน',
  ],
  สังคม: [
    'ผู้สูงอายุขาดรายได้และผู้ดูแล',
    'ถนนลูกรังชำรุดในหมู่บ้าน',
    'ไฟฟ้าส่องสว่างสาธารณะไม่เพียงพอ',
    'ขาดน้ำประปาหมู่บ้านที่สะอาด',
    'เด็กเล็กขาดศูนย์พัฒนาเด็กเล็กที่ได้มาตรฐาน',
    'ต้องการซ่อมแซมถนนคอนกรีตที่ชำรุด',
  ],
  ทรัพยากรธรรมชาติและสิ่งแวดล้อม: [
    'น้ำท่วมขังพื้นที่การเกษตรในฤดูฝน',
    'ปัญหาขยะมูลฝอยในชุมชน',
    'ภัยแล้งซ้ำซาก ขาดน้ำอุปโภคบริโภค',
    'ลำห้วยตื้นเขิน ต้องการขุดลอก',
    'ป่าชุมชนเสื่อมโทรม ต้องการฟื้นฟู',
  ],
  ความมั่นคง: ['ปัญหายาเสพติดในกลุ่มเยาวชน', 'ต้องการกล้องวงจรปิดบริเวณทางแยก', 'ขาดอุปกรณ์ป้องกันและบรรเทาสาธารณภัย'],
  การบริหารจัดการภาครัฐ: [
    'ต้องการศูนย์บริการประชาชนแบบเบ็ดเสร็จ',
    'ระบบอินเทอร์เน็ตในหมู่บ้านไม่ทั่วถึง',
    'ต้องการปรับปรุงศาลาประชาคมหมู่บ้าน',
  ],
};

const STATUS_MIX: NeedStatus[] = [
  'received',
  'received',
  'received',
  'screened',
  'screened',
  'linked',
  'forwarded',
  'rejected',
];

/** A small deterministic generator so every demo install shows the same data. */
const DAY_MS = 24 * 60 * 60 * 1000;

function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

/**
 * Creates about 2,000 clearly labelled demo needs across Nakhon Ratchasima's real districts and
 * subdistricts, when no need exists yet. Not called by the tests.
 */
export async function seedDemoNeeds(database: Database): Promise<number> {
  const db = database.db;
  const [existing] = await db.select({ value: count() }).from(needs);
  if ((existing?.value ?? 0) > 0) {
    return 0;
  }
  const subdistricts = await db
    .select({ code: areas.code, nameTh: areas.nameTh })
    .from(areas)
    .where(
      and(
        eq(areas.provinceCode, DEMO_PROVINCE),
        eq(areas.level, 'subdistrict'),
        sql`${areas.validTo} is null`,
      ),
    )
    .orderBy(asc(areas.code));
  const dimensions = await db
    .select()
    .from(needDimensions)
    .where(eq(needDimensions.isActive, true))
    .orderBy(asc(needDimensions.sortOrder));
  if (subdistricts.length === 0 || dimensions.length === 0) {
    return 0;
  }
  const random = generator(30_2570);
  const seededAt = Date.now();
  const plans: { facts: NeedFacts; status: NeedStatus }[] = [];
  for (let index = 0; index < DEMO_COUNT; index += 1) {
    const subdistrict = random.pick(subdistricts);
    const dimension = random.pick(dimensions);
    const templates = TEMPLATES[dimension.nameTh] ?? TEMPLATES['สังคม'] ?? ['ความต้องการตัวอย่าง'];
    // Some needs sit on the district, most on the subdistrict, some on a (notional) village number.
    const atDistrict = random.next() < 0.15;
    const origin: NeedOrigin = random.pick(NEED_ORIGINS);
    const households = random.int(5, 400);
    plans.push({
      status: random.pick(STATUS_MIX),
      facts: {
        areaCode: atDistrict ? subdistrict.code.slice(0, 4) : subdistrict.code,
        title: `${random.pick(templates)} ${atDistrict ? 'ในเขตอำเภอ' : `ตำบล${subdistrict.nameTh}`}`,
        description: `ข้อมูลตัวอย่าง (demo) สร้างขึ้นเพื่อทดลองใช้ระบบ ไม่ใช่ข้อมูลจริง หมู่ที่ ${random.int(1, 15)}`,
        origin,
        sourceDocument: `ข้อมูลตัวอย่าง (demo) ${origin === 'public_forum' ? 'บันทึกเวทีประชาคม' : 'เอกสารต้นเรื่อง'} ที่ ${random.int(1, 999)}/${random.pick(FISCAL_YEARS) - 1}`,
        // Within the two years before the seeding day: a source document is never dated in the future.
        sourceDate: toBangkokIsoDate(new Date(seededAt - random.int(0, 730) * DAY_MS)),
        dimensionId: dimension.id,
        households,
        people: households * random.int(2, 4),
        sourcePriority: random.next() < 0.7 ? random.int(1, 20) : null,
        fiscalYear: random.pick(FISCAL_YEARS),
      },
    });
  }
  let created = 0;
  for (let start = 0; start < plans.length; start += BATCH) {
    const batch = plans.slice(start, start + BATCH);
    await db.transaction(async (tx) => {
      const rows = await insertNeeds(
        tx,
        null,
        batch.map((plan) => plan.facts),
        { isDemo: true },
      );
      for (const status of ['screened', 'linked', 'forwarded', 'rejected'] as const) {
        const ids = rows.filter((_row, index) => batch[index]?.status === status).map((row) => row.id);
        if (ids.length > 0) {
          await tx
            .update(needs)
            .set(demoStatus(status))
            .where(sql`${needs.id} = any(${sql.param(ids)}::uuid[])`);
        }
      }
      created += rows.length;
    });
  }
  return created;
}

function demoStatus(status: Exclude<NeedStatus, 'received' | 'merged'>) {
  const base = { status, statusChangedAt: new Date() };
  switch (status) {
    case 'screened':
      return base;
    case 'linked':
      return {
        ...base,
        linkedEntityType: 'project' as NeedLinkType,
        linkedEntityId: 'demo',
        linkedLabel: 'โครงการตัวอย่าง (demo)',
      };
    case 'forwarded':
      return {
        ...base,
        forwardedToName: 'องค์การบริหารส่วนตำบล (ตัวอย่าง demo)',
        forwardReference: 'ข้อมูลตัวอย่าง (demo) นม 0023/ว 1',
      };
    case 'rejected':
      return { ...base, statusReason: 'ข้อมูลตัวอย่าง (demo): อยู่นอกอำนาจหน้าที่' };
  }
}
