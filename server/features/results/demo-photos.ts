import type { PhotoPhase } from '../../../domain/results/evidence.js';
import { fiscalQuarterLastDay } from '../../../domain/thai/fiscal-year.js';
import type { Queryable } from '../../platform/db/client.js';
import { demoJpeg } from '../../platform/files/demo-picture.js';
import { photoThumbnail } from '../../platform/files/photos.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { resultEvidence, type progressReports } from './tables.js';

/** Demo site photos go to the progress reports of these years' demo projects, a few projects each. */
export const DEMO_PHOTO_YEARS: readonly number[] = [2567, 2568];
const DEMO_PHOTO_PROJECTS = 6;

type Report = typeof progressReports.$inferSelect;

const CAPTIONS: Record<Exclude<PhotoPhase, 'during'>, string> = {
  before: 'ภาพสาธิต: สภาพพื้นที่ก่อนดำเนินการ (ข้อมูลสาธิต)',
  after: 'ภาพสาธิต: ผลงานหลังดำเนินการแล้วเสร็จ (ข้อมูลสาธิต)',
};

/**
 * A small generated picture standing in for a site photo: sky, ground, and after the work a built
 * shape, with "DEMO" written on it so nobody takes it for a real site.
 */
function demoPicture(phase: 'before' | 'after', n: number): Promise<Buffer> {
  const hue = (n * 47) % 360;
  const built =
    phase === 'after'
      ? `<rect x="180" y="170" width="280" height="150" fill="hsl(${hue},35%,55%)" stroke="#333" stroke-width="4"/>`
      : `<circle cx="${200 + n * 30}" cy="330" r="40" fill="#7a5a3a"/>`;
  return demoJpeg(`<rect width="640" height="260" fill="hsl(${hue},60%,80%)"/>
    <rect y="260" width="640" height="220" fill="hsl(${(hue + 90) % 360},30%,45%)"/>
    ${built}`);
}

/**
 * A before photo on the first report and an "after" photo paired with it on the last, for a few
 * demo projects of DEMO_PHOTO_YEARS with at least two reports; each gets its preview through the
 * same path as an upload, dated the last day of its report's quarter (demo projects have no mapped
 * point, so no position is claimed). Answers how many photos were kept.
 */
export async function seedDemoPhotos(tx: Queryable, reports: readonly Report[]): Promise<number> {
  const byProject = new Map<string, Report[]>();
  for (const report of reports.filter((item) => DEMO_PHOTO_YEARS.includes(item.fiscalYear))) {
    byProject.set(report.projectId, [...(byProject.get(report.projectId) ?? []), report]);
  }
  const chosen = [...byProject.values()].filter((list) => list.length >= 2).slice(0, DEMO_PHOTO_PROJECTS);
  for (const [n, list] of chosen.entries()) {
    const ordered = list.toSorted((a, b) => a.quarter - b.quarter);
    let before: string | null = null;
    for (const [phase, report] of [
      ['before', ordered[0]],
      ['after', ordered.at(-1)],
    ] as const) {
      if (!report) {
        continue;
      }
      const content = await demoPicture(phase, n);
      const keep = (fileName: string, mimeType: string, bytes: Buffer) =>
        storeFile(tx, {
          fileName,
          mimeType,
          content: bytes,
          createdBy: null,
          provinceCode: report.provinceCode,
        });
      const fileName = `demo-${phase}-${n + 1}.jpg`;
      const [row]: { id: string }[] = await tx
        .insert(resultEvidence)
        .values({
          projectId: report.projectId,
          provinceCode: report.provinceCode,
          clusterId: report.clusterId,
          reportId: report.id,
          fileId: await keep(fileName, 'image/jpeg', content),
          thumbnailFileId: await keep('thumbnail.webp', 'image/webp', await photoThumbnail(content)),
          fileName,
          mimeType: 'image/jpeg',
          sizeBytes: content.length,
          caption: CAPTIONS[phase],
          phase,
          pairOf: phase === 'after' ? before : null,
          takenOn: fiscalQuarterLastDay(report.fiscalYear, report.quarter),
        })
        .returning({ id: resultEvidence.id });
      before = row?.id ?? null;
    }
  }
  return chosen.length * 2;
}
