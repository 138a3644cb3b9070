import {
  certificateDate,
  certificateNumber,
  type CertificateFacts,
} from '../../../domain/training/certificate.js';
import { digits } from '../../../domain/thai/digits.js';
import { htmlDocument } from '../../platform/pdf/document.js';
import { html } from '../../platform/pdf/html.js';

const CERTIFICATE_CSS = `
.certificate { border: 3pt double #1f3b6e; padding: 1.2cm 1.5cm; height: 15.2cm; display: flex;
  flex-direction: column; align-items: center; justify-content: center; text-align: center; }
.certificate p { margin: 0 0 4pt; }
.number { align-self: flex-end; font-size: 14pt; }
.heading { font-size: 32pt; font-weight: 700; color: #1f3b6e; }
.name { font-size: 26pt; font-weight: 700; margin: 8pt 0 !important; }
.event { font-size: 18pt; font-weight: 700; }
.demo { color: #a00; font-size: 14pt; }
`;

/** A training certificate on one landscape A4 page (Sarabun, the Thai official look). */
export function certificateHtml(facts: CertificateFacts): string {
  const title = `เกียรติบัตร ${facts.participantName}`;
  const check = facts.check?.passed
    ? html`<p>${digits(`ผ่านการทดสอบความรู้ ${facts.check.score} จาก ${facts.check.total} คะแนน`, true)}</p>`
    : '';
  const body = html`<section class="certificate">
    <p class="number">เลขที่ ${certificateNumber(facts.ordinal, facts.heldOn)}</p>
    <p>${facts.organiser}</p>
    <p class="heading">เกียรติบัตร</p>
    <p>ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า</p>
    <p class="name">${facts.participantName}</p>
    <p>ได้เข้าร่วม</p>
    <p class="event">${facts.eventTitle}</p>
    ${check}
    <p>ณ ${facts.venue}</p>
    <p>เมื่อวันที่ ${certificateDate(facts.heldOn)}</p>
    ${facts.isDemo ? html`<p class="demo">ข้อมูลตัวอย่าง ไม่ใช่เกียรติบัตรจริง</p>` : ''}
  </section>`;
  return htmlDocument({ title, body, css: CERTIFICATE_CSS });
}
