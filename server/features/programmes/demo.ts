import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { users } from '../../platform/auth/tables.js';
import {
  DEMO_ACTIVITIES,
  DEMO_PHOTO,
  DEMO_REPORTS,
  DEMO_TARGETS,
  ROYAL_CELEBRATION_2567,
} from './demo-data.js';
import { insertProgramme } from './programme-service.js';
import {
  programmeActivities,
  programmeComponents,
  programmeIndicators,
  programmeReportPhotos,
  programmeReports,
  programmeReportValues,
  programmes,
  programmeTargets,
} from './tables.js';

async function demoReports(
  tx: Tx,
  programmeId: string,
  indicatorIds: Map<string, string>,
  adminId: string | null,
) {
  for (const [provinceCode, periods] of Object.entries(DEMO_REPORTS)) {
    for (const [index, figures] of periods.entries()) {
      const [report] = await tx
        .insert(programmeReports)
        .values({
          programmeId,
          provinceCode,
          periodIndex: index + 1,
          note: 'ข้อมูลตัวอย่าง',
          reportedBy: adminId,
        })
        .returning({ id: programmeReports.id });
      const reportId = report?.id ?? '';
      await tx.insert(programmeReportValues).values(
        Object.entries(figures).map(([key, value]) => ({
          reportId,
          indicatorId: indicatorIds.get(key) ?? '',
          provinceCode,
          value,
        })),
      );
      if (adminId && provinceCode === '30' && index === periods.length - 1) {
        const fileName = 'ภาพกิจกรรมตัวอย่าง.png';
        const fileId = await storeFile(tx, {
          fileName,
          mimeType: 'image/png',
          content: DEMO_PHOTO,
          createdBy: adminId,
          provinceCode,
        });
        await tx
          .insert(programmeReportPhotos)
          .values({ reportId, provinceCode, fileId, fileName, mimeType: 'image/png' });
      }
    }
  }
}

/** The King's 6th-cycle birthday programme with demo targets, activities and progress; once. */
export async function seedDemoProgrammes(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const [seeded] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.code, ROYAL_CELEBRATION_2567.code));
    if (seeded) {
      return;
    }
    const programmeId = await insertProgramme(tx, ROYAL_CELEBRATION_2567, { createdBy: null, isDemo: true });
    const indicators = await tx
      .select()
      .from(programmeIndicators)
      .where(eq(programmeIndicators.programmeId, programmeId));
    const indicatorIds = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
    await tx.insert(programmeTargets).values(
      Object.entries(DEMO_TARGETS).flatMap(([provinceCode, targets]) =>
        Object.entries(targets).map(([key, value]) => ({
          programmeId,
          indicatorId: indicatorIds.get(key) ?? '',
          provinceCode,
          value,
        })),
      ),
    );
    const components = await tx
      .select()
      .from(programmeComponents)
      .where(eq(programmeComponents.programmeId, programmeId));
    const componentIds = new Map(components.map((component) => [component.key, component.id]));
    await tx.insert(programmeActivities).values(
      DEMO_ACTIVITIES.map((activity) => ({
        programmeId,
        componentId: componentIds.get(activity.component) ?? '',
        provinceCode: '30',
        areaCode: activity.areaCode,
        title: activity.title,
        description: 'ข้อมูลตัวอย่าง',
      })),
    );
    const [admin] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    await demoReports(tx, programmeId, indicatorIds, admin?.id ?? null);
  });
}
