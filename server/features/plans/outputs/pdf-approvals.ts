import { PLAN_STATUS_LABELS } from '../../../../domain/plans/plan.js';
import { formatThaiDate } from '../../../../domain/thai/be-date.js';
import { html, type SafeHtml } from '../../../platform/pdf/html.js';
import { formatIsoDate } from '../../../../domain/plans/outputs/format.js';
import { digits } from '../../../../domain/thai/digits.js';
import { colgroup } from '../../../platform/pdf/layout.js';
import type { PlanDocument, PlanPdfOptions } from './plan-document.js';

/** ภาคผนวก: every approval step taken, with the meeting (ครั้งที่ n/ปปปป) and BE dates. */
export function approvalsSection(document: PlanDocument, options: PlanPdfOptions): SafeHtml {
  const thai = options.thaiDigits;
  const events = document.tree.approvals;
  return html`<section class="page-break">
    <h2>ภาคผนวก ประวัติการพิจารณาและอนุมัติแผน</h2>
    ${
      events.length === 0
        ? html`<p class="muted">ยังไม่มีการเสนอหรือพิจารณาแผนฉบับนี้</p>`
        : html`<table class="compact approvals">
            ${colgroup([5, 22, 17, 20, 15, 21])}
            <thead>
              <tr>
                <th>ที่</th>
                <th>ขั้นตอน</th>
                <th>สถานะ</th>
                <th>การประชุม</th>
                <th>วันที่บันทึก</th>
                <th>ผู้บันทึก / หมายเหตุ</th>
              </tr>
            </thead>
            <tbody>
              ${events.map(
                (event, index) =>
                  html`<tr>
                    <td class="center">${digits(String(index + 1), thai)}</td>
                    <td>${document.stepLabels[event.action] ?? event.action}</td>
                    <td>${PLAN_STATUS_LABELS[event.toStatus]?.th ?? event.toStatus}</td>
                    <td>
                      ${event.meetingNo ? html`<span class="nowrap">${digits(`ครั้งที่ ${event.meetingNo}`, thai)}</span>` : '-'}${
                        event.meetingDate ? html`<br />${formatIsoDate(event.meetingDate, thai)}` : ''
                      }
                    </td>
                    <td>${formatThaiDate(new Date(event.at), { thaiDigits: thai })}</td>
                    <td>
                      ${event.actorName ?? ''}${event.reason ? html`<br /><span class="muted">${event.reason}</span>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
