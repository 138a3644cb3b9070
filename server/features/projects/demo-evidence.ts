import type { ProjectStatus } from '../../../domain/projects/project.js';
import type { Tx } from '../../platform/db/client.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { projectReadinessFiles } from './child-tables.js';

/** Statuses at which a demo project has claimed its readiness, so its ready items carry evidence. */
const CLAIMED_READY: readonly ProjectStatus[] = ['readiness_checked', 'in_action_plan', 'requested'];

const DEMO_EVIDENCE = {
  fileName: 'หลักฐานความพร้อม-ข้อมูลสาธิต.txt',
  mimeType: 'text/plain',
  content: Buffer.from('ไฟล์ตัวอย่างของข้อมูลสาธิต (demo evidence placeholder)\n', 'utf8'),
};

type Seeded = {
  id: string;
  provinceCode: string;
  clusterId: number | null;
  status: ProjectStatus;
  readiness: readonly { item: (typeof projectReadinessFiles.$inferInsert)['item']; status: string }[];
};

/**
 * Evidence for the ready items of demo projects that claim readiness, so the FY2569 rules fail only
 * where the demo means them to (a price estimate still in progress, a missing commitment), not on
 * every project for want of files. One stored placeholder per province serves all its demo rows.
 */
export async function seedDemoEvidence(tx: Tx, seeded: readonly Seeded[]): Promise<void> {
  const claimed = seeded.filter((project) => CLAIMED_READY.includes(project.status));
  const fileOf = new Map<string, string>();
  const rows: (typeof projectReadinessFiles.$inferInsert)[] = [];
  for (const project of claimed) {
    const fileId =
      fileOf.get(project.provinceCode) ??
      (await storeFile(tx, { ...DEMO_EVIDENCE, createdBy: null, provinceCode: project.provinceCode }));
    fileOf.set(project.provinceCode, fileId);
    for (const entry of project.readiness.filter((row) => row.status === 'ready')) {
      rows.push({
        projectId: project.id,
        provinceCode: project.provinceCode,
        clusterId: project.clusterId,
        item: entry.item,
        fileId,
        fileName: DEMO_EVIDENCE.fileName,
        mimeType: DEMO_EVIDENCE.mimeType,
        sizeBytes: DEMO_EVIDENCE.content.length,
      });
    }
  }
  if (rows.length > 0) {
    await tx.insert(projectReadinessFiles).values(rows);
  }
}
