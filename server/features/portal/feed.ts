import { bahtText, fiscalMonthText } from '../../../domain/portal/format.js';
import { html } from '../../platform/pdf/html.js';
import type { projectPage } from './reads.js';

type ProjectData = NonNullable<Awaited<ReturnType<typeof projectPage>>>;

/**
 * Following a project without an account: an Atom feed a feed reader polls, one entry for the
 * current status and one per month of spending. Nothing about the follower is kept anywhere.
 */
export function projectFeed(data: ProjectData, origin: string): string {
  const { project } = data;
  const link = `${origin}/portal/projects/${encodeURIComponent(project.code)}`;
  const entries = [
    {
      id: `${project.externalId}:status:${project.status}`,
      title: `${project.title}: ${project.statusLabel}`,
      updated: project.updatedAt,
    },
    ...data.spending.map((month) => ({
      id: `${project.externalId}:spending:${month.fiscalYear}-${month.fiscalMonth}`,
      title: `${fiscalMonthText(month.fiscalYear, month.fiscalMonth, 'th')}: เบิกจ่าย ${bahtText(month.disbursed, 'th')}`,
      updated: project.updatedAt,
    })),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom">
    <id>${link}</id><title>${project.title}</title><updated>${project.updatedAt}</updated>
    <link rel="alternate" href="${link}" /><author><name>AreaPlan</name></author>
    ${entries.map(
      (entry) =>
        html`<entry
          ><id>urn:areaplan:${entry.id}</id><title>${entry.title}</title><updated>${entry.updated}</updated
          ><link href="${link}"
        /></entry>`,
    )}
  </feed>`}`;
}
