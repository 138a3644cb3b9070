import type { Actor } from '../../../domain/auth/policy.js';
import { minutesOutline, type MinutesItem, type MinutesOutline } from '../../../domain/committees/minutes.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html, multiline, type SafeHtml } from '../../platform/pdf/html.js';
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

/** A date kept on one line: a wrap between day, month and year reads as a break inside it. */
const nowrap = (text: string) => html`<span class="nowrap">${text}</span>`;

function peopleList(heading: string, people: string[]): SafeHtml | string {
  return people.length === 0
    ? ''
    : html`<h3>${heading}</h3>
        <ol class="people">
          ${people.map((person) => html`<li>${person}</li>`)}
        </ol>`;
}

function itemSection(item: MinutesItem): SafeHtml {
  return html`<div class="keep">
    <p class="bold">${item.number} ${item.title}</p>
    ${item.detail ? html`<p class="indent">${multiline(item.detail)}</p>` : ''}
    ${
      item.resolution
        ? html`<p class="resolution">
            <span class="bold">มติที่ประชุม</span> ${item.resolution.label} ${item.resolution.text}
          </p>`
        : ''
    }
    ${item.followUps.map(
      (followUp) =>
        html`<p class="resolution">
          ${followUp.text} ${followUp.dueDate ? html`<br />ให้แล้วเสร็จภายใน ${nowrap(followUp.dueDate)}` : ''}
        </p>`,
    )}
  </div>`;
}

/** The minutes (รายงานการประชุม) in the official Thai layout: Thai digits in numbering and dates. */
export function minutesHtml(outline: MinutesOutline): string {
  const body = html`<div class="heading">
      <p>${outline.title}</p>
      <p>${outline.meetingNo}</p>
      <p>${nowrap(outline.date)}</p>
      <p>${outline.place}</p>
    </div>
    ${peopleList('ผู้มาประชุม', outline.present)} ${peopleList('ผู้ไม่มาประชุม', outline.absent)}
    <p>${outline.quorum}</p>
    ${outline.opening ? html`<p>${outline.opening}</p>` : ''}
    ${outline.sections.map(
      (section) =>
        html`<h2>${section.title}</h2>
          ${
            section.items.length === 0
              ? html`<p class="indent">- ไม่มี -</p>`
              : section.items.map((item) => itemSection(item))
          }`,
    )}
    <div class="signature">
      <p>(ลงชื่อ) ..................................................</p>
      <p>${outline.secretary ? `(${outline.secretary})` : ''}</p>
      <p>ผู้จดรายงานการประชุม</p>
    </div>`;
  return htmlDocument({ title: `${outline.title} ${outline.meetingNo}`, body, css: MINUTES_CSS });
}

/** The outline of a meeting's minutes the actor may read (404 otherwise), with the file name's stem. */
export async function loadMinutes(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<{ outline: MinutesOutline; stem: string }> {
  const detail = await inActorReadTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId);
    return loadMeetingDetail(tx, meeting, committee);
  });
  return { outline: minutesOutline(detail), stem: `minutes-${detail.no}-${detail.beYear}` };
}
