import { and, count, eq } from 'drizzle-orm';
import { DEMO_PASSWORD, insertAccount, type AccountSeed } from '../../db/seed/accounts.js';
import { hashPassword } from '../../platform/auth/password.js';
import { users } from '../../platform/auth/tables.js';
import type { Database } from '../../platform/db/client.js';
import { agencies } from '../agencies/tables.js';
import { clusters } from '../areas/tables.js';

type DemoAccount = Omit<AccountSeed, 'agencyId'> & { agencyProvince?: string };

/** One demo account per role, mostly around Nakhon Ratchasima (30), the demo province. */
function demoAccounts(lowerNortheastClusterId: number): DemoAccount[] {
  return [
    {
      username: 'planner.korat',
      displayName: 'นักวิเคราะห์แผน นครราชสีมา (ทดลอง)',
      roles: ['provincial_planner'],
      capture: ['30'],
      view: ['30'],
      agencyProvince: '30',
    },
    {
      username: 'head.korat',
      displayName: 'หัวหน้าสำนักงานจังหวัดนครราชสีมา (ทดลอง)',
      roles: ['provincial_head'],
      capture: ['30'],
      view: ['30'],
      agencyProvince: '30',
    },
    {
      username: 'planner.chiangmai',
      displayName: 'นักวิเคราะห์แผน เชียงใหม่ (ทดลอง)',
      roles: ['provincial_planner'],
      capture: ['50'],
      view: ['50'],
      agencyProvince: '50',
    },
    {
      username: 'cluster.nelower1',
      displayName: 'เจ้าหน้าที่กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1 (ทดลอง)',
      roles: ['cluster_officer'],
      capture: [`cluster:${lowerNortheastClusterId}`],
      view: [`cluster:${lowerNortheastClusterId}`],
    },
    {
      username: 'district.muangkorat',
      displayName: 'เจ้าหน้าที่อำเภอเมืองนครราชสีมา (ทดลอง)',
      roles: ['district_officer'],
      capture: ['3001'],
      view: ['30'],
    },
    {
      username: 'agency.korat',
      displayName: 'เจ้าหน้าที่หน่วยงาน นครราชสีมา (ทดลอง)',
      roles: ['agency_officer'],
      capture: ['30'],
      view: ['30'],
    },
    {
      username: 'committee.korat',
      displayName: 'กรรมการ ก.บ.จ. นครราชสีมา (ทดลอง)',
      roles: ['committee_member'],
      capture: [],
      view: ['30'],
    },
    {
      username: 'analyst',
      displayName: 'นักวิเคราะห์ส่วนกลาง (ทดลอง)',
      roles: ['central_analyst'],
      capture: [],
      view: ['national'],
    },
    {
      username: 'auditor',
      displayName: 'ผู้ตรวจสอบ (ทดลอง)',
      roles: ['auditor'],
      capture: [],
      view: ['national'],
    },
  ];
}

async function provincialOfficeId(database: Database, provinceCode: string): Promise<string | null> {
  const [office] = await database.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.provinceCode, provinceCode), eq(agencies.kind, 'provincial_office')));
  return office?.id ?? null;
}

/** One account per role, all with the documented demo password; does nothing once they exist. */
export async function seedDemoAccounts(database: Database): Promise<void> {
  const [existing] = await database.db.select({ value: count() }).from(users).where(eq(users.isDemo, true));
  if ((existing?.value ?? 0) > 0) {
    return;
  }
  const [cluster] = await database.db
    .select({ id: clusters.id })
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  // One hash serves every demo account: they share the documented demo password.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  for (const { agencyProvince, ...account } of demoAccounts(cluster?.id ?? 0)) {
    const agencyId = agencyProvince ? await provincialOfficeId(database, agencyProvince) : null;
    await insertAccount(database, { ...account, agencyId }, demoHash, true);
  }
}
