import type { Actor } from '../../../domain/auth/policy.js';
import {
  AGENDA_SECTION_LABELS,
  AGENDA_SECTIONS,
  MEMBER_ROLE_LABELS,
  RESOLUTION_LABELS,
} from '../../../domain/committees/committee.js';
import type { AgendaItemView, MeetingDetail } from '../../../domain/committees/responses.js';
import { formatThaiDate } from '../../../domain/thai/be-date.js';
import { toThaiDigits } from '../../../domain/thai/digits.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html, multiline, type SafeHtml } from '../../platform/pdf/html.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { loadMeeting } from './access.js';
import { loadMeetingDetail } from './detail.js';

const MINUTES_CSS = `
.heading p { text-align: center; font-weight: 700; margin: 0; }
.heading { margin-bottom: 10pt; }
ol.people { padding-left: 1cm; list-style-type: thai; }
.resolution { margin: 2pt 0 6pt 1cm; }
.nowrap { white-space: nowrap; }
.signature { margin-top: 24pt; margin-left: 8cm; break-inside: avoid; }
`;

const thai = (text: string | number) => toThaiDigits(String(text));
/**
 * A date kept on one line: a wrap between day, month and year reads as a break inside it (the word
 * breaks' <wbr> still wraps inside nowrap, so a due date also starts its own line).
 */
const dateOf = (iso: string) =>
  html`<span class="nowrap"
    >${formatThaiDate(new Date(`${iso}T00:00:00+07:00`), { thaiDigits: true })}</span
  >`;

function attendanceSection(detail: MeetingDetail): SafeHtml {
  const came = detail.attendance.filter((entry) => entry.status === 'present' || entry.status === 'delegate');
  const away = detail.attendance.filter((entry) => entry.status === 'absent');
  const { quorum } = detail;
  return html`<h3>ผู้มาประชุม</h3>
    <ol class="people">
      ${came.map(
        (entry) =>
          html`<li>
            ${
              entry.status === 'delegate'
                ? `${entry.delegateName ?? ''} (แทน ${entry.personName} ${entry.position})`
                : `${entry.personName} ${entry.position}`
            }
            — ${MEMBER_ROLE_LABELS[entry.role].th}
          </li>`,
      )}
    </ol>
    ${
      away.length === 0
        ? ''
        : html`<h3>ผู้ไม่มาประชุม</h3>
            <ol class="people">
              ${away.map(
                (entry) =>
                  html`<li>
                    ${entry.personName} ${entry.position}${entry.reason ? ` (${entry.reason})` : ''}
                  </li>`,
              )}
            </ol>`
    }
    <p>
      มีกรรมการมาประชุม ${thai(quorum.attending)} คน จากทั้งหมด ${thai(quorum.members)} คน
      ${quorum.met ? 'ครบองค์ประชุม' : `ไม่ครบองค์ประชุม (ต้องมีอย่างน้อย ${thai(quorum.needed)} คน)`}
    </p>`;
}

function itemSection(item: AgendaItemView, number: string): SafeHtml {
  return html`<div class="keep">
    <p class="bold">${number} ${item.title}</p>
    ${item.detail ? html`<p class="indent">${multiline(item.detail)}</p>` : ''}
    ${
      item.resolution
        ? html`<p class="resolution">
            <span class="bold">มติที่ประชุม</span> ${RESOLUTION_LABELS[item.resolution.kind].th}
            ${item.resolution.text}
          </p>`
        : ''
    }
    ${item.followUps.map(
      (followUp) =>
        html`<p class="resolution">
          มอบหมาย ${followUp.owner} ${followUp.title}
          ${followUp.dueDate ? html`<br />ให้แล้วเสร็จภายใน ${dateOf(followUp.dueDate)}` : ''}
        </p>`,
    )}
  </div>`;
}

/** The minutes (รายงานการประชุม) in the official Thai layout: Thai digits in numbering and dates. */
export function minutesHtml(detail: MeetingDetail, secretary: string | null): string {
  const sections = AGENDA_SECTIONS.map((section) => {
    const items = detail.agenda.filter((item) => item.section === section);
    return html`<h2>ระเบียบวาระที่ ${thai(section)} ${AGENDA_SECTION_LABELS[section].th}</h2>
      ${
        items.length === 0
          ? html`<p class="indent">- ไม่มี -</p>`
          : items.map((item, index) => itemSection(item, thai(`${section}.${index + 1}`)))
      }`;
  });
  const title = `รายงานการประชุม${detail.committeeNameTh}`;
  const body = html`<div class="heading">
      <p>${title}</p>
      <p>ครั้งที่ ${thai(detail.label)}</p>
      <p>เมื่อวันที่ ${dateOf(detail.date)}</p>
      <p>${detail.online ? 'ประชุมผ่านสื่ออิเล็กทรอนิกส์' : ''}${detail.venue ? ` ณ ${detail.venue}` : ''}</p>
    </div>
    ${attendanceSection(detail)}
    ${detail.startTime ? html`<p>เริ่มประชุมเวลา ${thai(detail.startTime.replace(':', '.'))} น.</p>` : ''}
    ${sections}
    <div class="signature">
      <p>(ลงชื่อ) ..................................................</p>
      <p>${secretary ? `(${secretary})` : ''}</p>
      <p>ผู้จดรายงานการประชุม</p>
    </div>`;
  return htmlDocument({ title: `${title} ครั้งที่ ${detail.label}`, body, css: MINUTES_CSS });
}

/** The minutes of a meeting as a PDF, with page numbers in Thai digits. */
export async function minutesPdf(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<{ fileName: string; content: Buffer }> {
  const detail = await inActorReadTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId);
    return loadMeetingDetail(tx, meeting, committee);
  });
  const secretary = detail.attendance.find((entry) => entry.role === 'secretary')?.personName ?? null;
  const content = await renderPdf(minutesHtml(detail, secretary), { pageNumbers: 'thai' });
  return { fileName: `minutes-${detail.no}-${detail.beYear}.pdf`, content };
}
