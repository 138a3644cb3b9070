import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  SHORTFALL_DIMENSIONS,
  type HouseholdStatus,
  type MemberRelation,
} from '../../../domain/households/household.js';
import { fakeNationalId } from '../../../domain/households/national-id.js';
import { loadConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { areas } from '../areas/tables.js';
import { maskedFieldsOf } from './cases.js';
import { sealerOf } from './sealing.js';
import { storeSecret } from './secrets.js';
import {
  householdHelp,
  householdMembers,
  households,
  householdStatusEvents,
  householdVisits,
} from './tables.js';

const DEMO_PROVINCE = '30';
const DEMO_CASES = 300;
const DAY_MS = 86_400_000;
const FIRST_NAMES = ['สมมุติ', 'ทดลอง', 'ตัวอย่าง', 'สาธิต', 'จำลอง', 'ทดสอบ'];
const AGENCIES = [
  'สำนักงานพัฒนาชุมชนอำเภอ',
  'โรงพยาบาลส่งเสริมสุขภาพตำบล',
  'องค์การบริหารส่วนตำบล',
  'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด',
  'สำนักงานเกษตรอำเภอ',
];
const RELATIONS: MemberRelation[] = ['head', 'spouse', 'child', 'child', 'parent'];

/** A number in [0, 1) fixed by the case and what it is for, so every demo install shows the same data. */
function fixed(index: number, purpose: string): number {
  return createHash('sha256').update(`${index}:${purpose}`).digest().readUInt32BE(0) / 2 ** 32;
}
const pick = <T>(items: readonly T[], index: number, purpose: string): T =>
  items[Math.floor(fixed(index, purpose) * items.length)] as T;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

/**
 * About 300 demo household cases in Nakhon Ratchasima, clearly made up: names say สมมุติ/ตัวอย่าง and
 * every id number starts with 0 and fails the check digit. Most sit in six subdistricts so some
 * reach the proposal threshold; a few left need years ago for the retention purge to erase.
 */
export async function seedDemoHouseholds(database: Database): Promise<number> {
  const db = database.db;
  const [existing] = await db
    .select({ id: households.id })
    .from(households)
    .where(eq(households.isDemo, true))
    .limit(1);
  if (existing) {
    return 0;
  }
  const subdistricts = (
    await db
      .select({ code: areas.code })
      .from(areas)
      .where(
        and(
          eq(areas.provinceCode, DEMO_PROVINCE),
          eq(areas.level, 'subdistrict'),
          sql`${areas.validTo} is null`,
        ),
      )
      .orderBy(asc(areas.code))
  ).map((row) => row.code);
  if (subdistricts.length === 0) {
    return 0;
  }
  const sealer = sealerOf(loadConfig());
  const busy = subdistricts.slice(0, 6);
  await db.transaction(async (tx) => {
    for (let index = 0; index < DEMO_CASES; index += 1) {
      const id = randomUUID();
      const areaCode =
        fixed(index, 'busy') < 0.7 ? pick(busy, index, 'area') : pick(subdistricts, index, 'area');
      const shortfalls = SHORTFALL_DIMENSIONS.filter(
        (dimension, position) => fixed(index, dimension) < (position === 1 || position === 3 ? 0.55 : 0.25),
      );
      const roll = fixed(index, 'status');
      const status: HouseholdStatus = roll < 0.5 ? 'identified' : roll < 0.8 ? 'helped' : 'out_of_need';
      const longAgo = index % 60 === 0 && status === 'out_of_need';
      const identifiedOn = isoDaysAgo(longAgo ? 3000 : 200 + Math.floor(fixed(index, 'found') * 500));
      const changedOn =
        status === 'identified'
          ? identifiedOn
          : isoDaysAgo(longAgo ? 2400 : 30 + Math.floor(fixed(index, 'moved') * 150));
      await tx.insert(households).values({
        id,
        provinceCode: DEMO_PROVINCE,
        districtCode: areaCode.slice(0, 4),
        subdistrictCode: areaCode,
        areaCode,
        villageNo: 1 + Math.floor(fixed(index, 'village') * 15),
        houseNoMasked: '•••',
        shortfalls: shortfalls.length > 0 ? shortfalls : ['income'],
        status,
        identifiedOn,
        statusChangedOn: changedOn,
        outOfNeedOn: status === 'out_of_need' ? changedOn : null,
        isDemo: true,
      });
      await tx
        .insert(householdStatusEvents)
        .values({ householdId: id, provinceCode: DEMO_PROVINCE, toStatus: 'identified', on: identifiedOn });
      if (status !== 'identified') {
        const dimension = shortfalls[0] ?? 'income';
        await tx.insert(householdHelp).values({
          householdId: id,
          provinceCode: DEMO_PROVINCE,
          dimension,
          agencyName: pick(AGENCIES, index, 'agency'),
          givenOn: changedOn,
          description: 'ข้อมูลตัวอย่าง (demo): ความช่วยเหลือสมมุติ',
        });
        await tx.insert(householdVisits).values({
          householdId: id,
          provinceCode: DEMO_PROVINCE,
          visitedOn: changedOn,
          note: 'ข้อมูลตัวอย่าง (demo): ติดตามเยี่ยม',
        });
        await tx.insert(householdStatusEvents).values({
          householdId: id,
          provinceCode: DEMO_PROVINCE,
          fromStatus: 'identified',
          toStatus: 'helped',
          on: changedOn,
        });
        if (status === 'out_of_need') {
          await tx.insert(householdStatusEvents).values({
            householdId: id,
            provinceCode: DEMO_PROVINCE,
            fromStatus: 'helped',
            toStatus: 'out_of_need',
            on: changedOn,
          });
        }
      }
      const size = 1 + Math.floor(fixed(index, 'size') * 5);
      for (let position = 0; position < size; position += 1) {
        const memberId = randomUUID();
        const person = {
          nationalId: fakeNationalId(index * 10 + position + 1),
          firstName: pick(FIRST_NAMES, index * 10 + position, 'first'),
          lastName: `ข้อมูลตัวอย่าง${index + 1}`,
        };
        await tx.insert(householdMembers).values({
          id: memberId,
          householdId: id,
          provinceCode: DEMO_PROVINCE,
          position,
          relation: RELATIONS[position] ?? 'relative',
          birthYear: 2490 + Math.floor(fixed(index * 10 + position, 'born') * 75),
          ...maskedFieldsOf(person),
        });
        await storeSecret(
          tx,
          sealer,
          {
            subjectId: memberId,
            householdId: id,
            provinceCode: DEMO_PROVINCE,
            kind: 'member',
            nationalId: person.nationalId,
          },
          person,
        );
      }
      await storeSecret(
        tx,
        sealer,
        { subjectId: id, householdId: id, provinceCode: DEMO_PROVINCE, kind: 'address' },
        { houseNo: `${index + 1}/ตัวอย่าง` },
      );
    }
  });
  return DEMO_CASES;
}
