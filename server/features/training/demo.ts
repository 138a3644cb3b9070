import { eq, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/tables.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { trainingEvents, trainingParticipants, trainingQuestions } from './tables.js';

const WORKSHOP = 'การประชุมเชิงปฏิบัติการขับเคลื่อนการจัดทำแผนพัฒนาพื้นที่ ประจำปีงบประมาณ พ.ศ. 2567';

/** The provincial event's short knowledge check (demo questions, not an official test). */
const DEMO_QUESTIONS = [
  {
    text: 'โครงการสำคัญต้องรายงานผลพร้อมสิ่งใด',
    choices: ['ตัวเลขผลการดำเนินงานและภาพถ่าย', 'ใบเสร็จรับเงินทุกฉบับ', 'ไม่ต้องรายงาน'],
    answer: 0,
  },
  {
    text: 'ก่อนเบิกจ่าย คณะกรรมการตรวจรับพัสดุต้องทำสิ่งใด',
    choices: ['อนุมัติโครงการใหม่', 'ตรวจรับพัสดุให้ถูกต้องครบถ้วนตามสัญญา'],
    answer: 1,
  },
  {
    text: 'รายงานของรอบใดที่ถือว่าล่าช้า',
    choices: ['รอบที่ยังไม่ถึงกำหนด', 'รอบที่พ้นวันครบกำหนดแล้วยังไม่รายงาน'],
    answer: 1,
  },
];

/**
 * Two demo events: the seed's own workshop (27 May 2567, 150 heads of provincial offices and senior
 * officials; venue not verified) and a demo province's own, with demo accounts as participants.
 */
export async function seedDemoTraining(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const [seeded] = await tx
      .select({ id: trainingEvents.id })
      .from(trainingEvents)
      .where(eq(trainingEvents.title, WORKSHOP));
    if (seeded) {
      return;
    }
    const accounts = await tx
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(inArray(users.username, ['planner.korat', 'head.korat', 'agency.korat', 'district.muangkorat']));
    const idOf = new Map(accounts.map((account) => [account.username, account.id]));
    const [workshop, local] = await tx
      .insert(trainingEvents)
      .values([
        {
          title: WORKSHOP,
          heldOn: '2024-05-27',
          venue: 'กรุงเทพมหานคร (สถานที่ยังไม่ได้ตรวจสอบ)',
          organiser: 'สำนักงานปลัดกระทรวงมหาดไทย (สบจ.)',
          provinceCode: null,
          topics: ['plan_drafting', 'plan_review', 'budget_request'],
          provisionIds: [],
          plannedParticipants: 150,
          isDemo: true,
        },
        {
          title: 'อบรมการจัดซื้อจัดจ้างและการรายงานผลโครงการสำคัญ จังหวัดนครราชสีมา (ข้อมูลตัวอย่าง)',
          heldOn: '2024-08-15',
          venue: 'ศาลากลางจังหวัดนครราชสีมา',
          organiser: 'สำนักงานจังหวัดนครราชสีมา',
          provinceCode: '30',
          topics: ['procurement', 'programme_reporting'],
          provisionIds: [],
          plannedParticipants: 60,
          isDemo: true,
        },
      ])
      .returning({ id: trainingEvents.id, provinceCode: trainingEvents.provinceCode });
    const attend = (event: typeof workshop, username: string, attended: boolean) => {
      const userId = idOf.get(username);
      return event && userId
        ? [{ eventId: event.id, userId, provinceCode: event.provinceCode, attended }]
        : [];
    };
    const rows = [
      ...attend(workshop, 'head.korat', true),
      ...attend(workshop, 'planner.korat', true),
      ...attend(local, 'planner.korat', true),
      ...attend(local, 'agency.korat', true),
      ...attend(local, 'district.muangkorat', false),
    ];
    if (rows.length > 0) {
      await tx.insert(trainingParticipants).values(rows);
    }
    if (local) {
      await tx.insert(trainingQuestions).values(
        DEMO_QUESTIONS.map((question, position) => ({
          ...question,
          position,
          eventId: local.id,
          provinceCode: '30',
        })),
      );
    }
  });
}
