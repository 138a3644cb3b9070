import { describe, expect, it } from 'vitest';
import { bahtText } from '../../../../domain/thai/baht-text.js';
import { samplePackDocument } from './pack-fixture.js';
import { packPdfHtml } from './pack-pdf.js';

const STYLE = { thaiDigits: true, thaiDigitsInTables: false };
// The page without the embedded fonts, so failures print something readable.
const page = (style = STYLE, document = samplePackDocument()) =>
  packPdfHtml(document, style).replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…');

describe('explanation pack HTML', () => {
  it('has the official cover in Thai digits with the stage counted and the BE date', () => {
    const html = page();
    expect(html).toContain('<p class="title">เอกสารประกอบการชี้แจงงบประมาณรายจ่าย</p>');
    expect(html).toContain('<p class="subtitle">ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>');
    expect(html).toContain('<p class="subtitle">งบประมาณจังหวัดนครราชสีมา</p>');
    expect(html).toContain('(วงเงินตามคำของบประมาณ)');
    expect(html).toContain('ข้อมูล ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๘');
  });

  it('prints the four summary tables with the grand total in each and in words', () => {
    const document = samplePackDocument();
    const html = page(STYLE, document);
    for (const title of ['ประเด็นการพัฒนา', 'ประเภทงบรายจ่าย', 'หน่วยงานรับผิดชอบ', 'พื้นที่ (จังหวัด)']) {
      expect(html).toContain(`สรุปงบประมาณจำแนกตาม${title}`);
    }
    // 1,234,567.89 × (1+…+6) + 6 × 0.11 baht
    expect(document.summary.grandTotal).toBe(25_925_925_69n + 66n);
    expect(html.match(/<td class="num">25,925,926\.35<\/td>/g)).toHaveLength(4);
    expect(html).toContain(`รวมงบประมาณทั้งสิ้น ๒๕,๙๒๕,๙๒๖.๓๕ บาท (${bahtText(2_592_592_635n)})`);
    expect(html).toContain('<td class="num">100.00</td>');
    expect(html).toContain('class="page-break landscape"');
  });

  it('gives each project its own page with facts, readiness, budget lines, stages and amount in words', () => {
    const html = page();
    expect(html.match(/<section class="page-break project">/g)).toHaveLength(6);
    expect(html).toContain('<h2 class="part">ส่วนที่ ๒ รายละเอียดโครงการ</h2>');
    expect(html).toContain('รหัสโครงการ P๓๐-๒๕๖๙-๐๐๐๑');
    expect(html).toContain('เป้าหมายหลัก (Y1): 030101 สินค้าเกษตรอัตลักษณ์พื้นถิ่นมีมูลค่าเพิ่มขึ้น');
    expect(html).toContain('เพื่อเพิ่มศักยภาพการขนส่งสินค้าเกษตรและการท่องเที่ยว<br>เพื่อลดต้นทุนโลจิสติกส์ของเกษตรกร');
    expect(html).toContain('แบบรูปรายการและประมาณราคา (ปร.4/ปร.5)');
    expect(html).toContain('แผนการใช้จ่ายงบประมาณรายปี (ผูกพันข้ามปี)');
    expect(html).toContain(`งบประมาณที่นำเสนอ ๑,๒๓๔,๕๖๘.๐๐ บาท (${bahtText(123_456_800n)})`);
  });

  it('escapes every text it prints', () => {
    const html = page();
    expect(html).toContain('การพัฒนาเกษตรกรรมที่ยั่งยืน &lt;และ&gt; น้ำ');
    expect(html).not.toContain('<และ>');
  });

  it('writes table figures in Thai digits when asked, and headings in Arabic when asked', () => {
    expect(page({ thaiDigits: true, thaiDigitsInTables: true })).toContain(
      '<td class="num">๒๕,๙๒๕,๙๒๖.๓๕</td>',
    );
    const arabic = page({ thaiDigits: false, thaiDigitsInTables: false });
    expect(arabic).toContain('ประจำปีงบประมาณ พ.ศ. 2569');
    expect(arabic).toContain('โครงการที่ 6');
  });

  it('still prints the cover and empty summary tables for a year without projects', () => {
    const html = page(STYLE, samplePackDocument(0));
    expect(html).toContain('รวมงบประมาณทั้งสิ้น ๐.๐๐ บาท (ศูนย์บาทถ้วน)');
    expect(html).not.toContain('ส่วนที่ ๒');
  });
});
