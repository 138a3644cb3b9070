import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/client.js';
import { clusters } from '../../features/areas/tables.js';
import { agencies } from '../../features/agencies/tables.js';
import { userRoles, userScopes, users } from '../../features/users/tables.js';

/** The password of every demo account (README; demo data only). */
export const DEMO_PASSWORD = 'areaplan-demo';
export const DEFAULT_ADMIN_USERNAME = 'admin';

type AccountSeed = {
  username: string;
  displayName: string;
  roles: Role[];
  capture: string[];
  view: string[];
  agencyProvince?: string;
};

/** One demo account per role, mostly around Nakhon Ratchasima (30), the demo province. */
export function demoAccounts(lowerNortheastClusterId: number): AccountSeed[] {
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

async function insertAccount(
  database: Database,
  account: AccountSeed,
  passwordHash: string,
  isDemo: boolean,
) {
  await database.db.transaction(async (tx) => {
    let agencyId: string | null = null;
    if (account.agencyProvince) {
      const [office] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.provinceCode, account.agencyProvince));
      agencyId = office?.id ?? null;
    }
    const [user] = await tx
      .insert(users)
      .values({
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        isDemo,
        agencyId,
      })
      .returning({ id: users.id });
    const userId = user?.id ?? '';
    await tx.insert(userRoles).values(account.roles.map((role) => ({ userId, role })));
    const scopes = [
      ...account.capture.map((scopeRef) => ({ userId, kind: 'capture' as const, scopeRef })),
      ...account.view.map((scopeRef) => ({ userId, kind: 'view' as const, scopeRef })),
    ];
    if (scopes.length > 0) {
      await tx.insert(userScopes).values(scopes);
    }
  });
}

/**
 * Creates the administrator on first start, and the demo accounts unless demo data is off.
 * Returns a generated admin password when one had to be made up, so the operator can read it once.
 */
export async function seedAccounts(
  database: Database,
  options: { demo: boolean; adminPassword?: string },
): Promise<{ generatedAdminPassword?: string }> {
  const [existing] = await database.db.select({ value: count() }).from(users);
  if ((existing?.value ?? 0) > 0) {
    return {};
  }
  const generated =
    !options.demo && !options.adminPassword ? randomBytes(12).toString('base64url') : undefined;
  const adminPassword = options.adminPassword ?? generated ?? DEMO_PASSWORD;
  await insertAccount(
    database,
    {
      username: DEFAULT_ADMIN_USERNAME,
      displayName: 'ผู้ดูแลระบบ',
      roles: ['system_admin'],
      capture: ['national'],
      view: ['national'],
    },
    await hashPassword(adminPassword),
    false,
  );
  if (options.demo) {
    const [cluster] = await database.db
      .select({ id: clusters.id })
      .from(clusters)
      .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
    // One hash serves every demo account: they share the documented demo password.
    const demoHash = await hashPassword(DEMO_PASSWORD);
    for (const account of demoAccounts(cluster?.id ?? 0)) {
      await insertAccount(database, account, demoHash, true);
    }
  }
  return generated ? { generatedAdminPassword: generated } : {};
}
