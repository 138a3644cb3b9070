import { describe, expect, it } from 'vitest';
import { bahtText } from '../../../../domain/thai/baht-text.js';
import { toThaiDigits } from '../../../../domain/thai/digits.js';
import { budgetBreakdown } from '../../../../domain/plans/outputs/budget-totals.js';
import { samplePlanDocument } from './document-fixture.js';
import { DEFAULT_PDF_OPTIONS, titleLines } from './plan-document.js';
import { planPdfHtml } from './plan-pdf.js';

const YEARS = [2566, 2567, 2568, 2569, 2570];
// The page with the embedded fonts removed, so failures print something readable.
const page = (options = DEFAULT_PDF_OPTIONS, document = samplePlanDocument()) =>
  planPdfHtml(document, options).replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…');

describe('plan PDF cover', () => {
  it('names the province plan, its period and the review year in Thai digits', () => {
    expect(titleLines(samplePlanDocument(), true)).toEqual([
      'แผนพัฒนาจังหวัดนครราชสีมา',
      'พ.ศ. ๒๕๖๖–๒๕๗๐',
      'ฉบับทบทวน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
    ]);
  });

  it('has no review line for the original version and can use Arabic digits', () => {
    const original = samplePlanDocument({ kind: 'original', reviewFiscalYear: null });
    expect(titleLines(original, false)).toEqual(['แผนพัฒนาจังหวัดนครราชสีมา', 'พ.ศ. 2566–2570']);
  });

  it('dates the document in BE and marks a draft', () => {
    const html = page();
    expect(html).toContain('ข้อมูล ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๘');
    expect(html).toContain('(ร่าง)');
    expect(page(DEFAULT_PDF_OPTIONS, samplePlanDocument({ status: 'published' }))).not.toContain(
      '(ประกาศใช้)',
    );
  });
});

describe('plan PDF body', () => {
  it('escapes every text from the plan', () => {
    const html = page();
    expect(html).toContain('การพัฒนาเกษตรกรรมที่ยั่งยืน &lt;และ&gt; น้ำ');
    expect(html).not.toContain('<และ>');
  });

  it('shows vision, goal lines, SWOT and key figures', () => {
    const html = page();
    expect(html).toContain('นครราชสีมาเมืองน่าอยู่ เศรษฐกิจมั่นคง');
    expect(html).toContain('ประชาชนมีคุณภาพชีวิตที่ดี<br>เศรษฐกิจเติบโตอย่างยั่งยืน');
    expect(html).toContain('<li>รถไฟความเร็วสูง</li>');
    expect(html).toContain('305,000');
  });

  it('lists KPI targets with one column per fiscal year of the period, Arabic digits in figures', () => {
    const html = page();
    expect(html).toMatch(/<th colspan="5">ค่าเป้าหมาย ปี พ.ศ.<\/th>/);
    for (const year of YEARS) {
      expect(html).toContain(`<th>${toThaiDigits(String(year))}</th>`);
    }
    expect(html).toContain('12.5 (๒๕๖๕)');
    expect(html).toContain('<td class="num">1,234,567.75</td>');
    expect(html).toContain('– อำเภอเมืองนครราชสีมา');
    expect(html).toContain('(ยิ่งน้อยยิ่งดี)');
    expect(html).toContain('ประเด็นการพัฒนาที่ ๑');
  });

  it('totals the project list per item, approach, issue and plan, with the grand total in words', () => {
    const html = page();
    expect(html).toContain('<td class="num">989,904,321.50</td>');
    expect(html.match(/989,954,321\.50/g)).toHaveLength(4);
    expect(html).toContain(`รวมงบประมาณทั้งสิ้น 989,954,321.50 บาท (${bahtText(98995432150n)})`);
    expect(html).toContain('หน่วยงาน: สำนักงานเกษตรจังหวัดนครราชสีมา');
    expect(html).toContain('แหล่งงบประมาณ: งบประมาณส่วนราชการ (Function)');
    expect(html).toContain('class="page-break landscape"');
  });

  it('writes table figures in Thai digits when asked, and keeps the list portrait when asked', () => {
    const html = page({ thaiDigits: true, thaiDigitsInTables: true, landscapeProjectList: false });
    expect(html).toContain('<td class="num">๙๘๙,๙๐๔,๓๒๑.๕๐</td>');
    expect(html).toContain('<th class="year">๒๕๖๙</th>');
    expect(html).not.toContain('class="page-break landscape"');
  });

  it('uses Arabic digits in headings and dates when Thai digits are off', () => {
    const html = page({ thaiDigits: false, thaiDigitsInTables: false, landscapeProjectList: true });
    expect(html).toContain('ประเด็นการพัฒนาที่ 1');
    expect(html).toContain('ครั้งที่ 2/2568');
  });

  it('writes every number one way per option: numbering, years and dates by one, amounts and values by the other', () => {
    const textOf = (options: typeof DEFAULT_PDF_OPTIONS) =>
      page(options)
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/<[^>]+>/g, ' ');
    const numbering = (d: string) =>
      new RegExp(
        `(ที่|ครั้งที่|พ\\.ศ\\.) ?${d}|(?<!${d}|,)${d}{1,2}\\.${d}{1,2}(\\.${d}{1,2})?\\s+[ก-ฮ]|\\(${d}{4}\\)`,
      );
    const quantity = (d: string) => new RegExp(`${d},${d}{3}|${d}\\.${d}{2}(?!${d})|^${d}+$`, 'm');
    const thaiText = textOf(DEFAULT_PDF_OPTIONS);
    expect(thaiText).not.toMatch(numbering('[0-9]'));
    expect(thaiText).not.toMatch(quantity('[๐-๙]'));
    expect(thaiText).toContain('เป้าประสงค์ที่ ๑.๑');
    expect(thaiText).toContain('รวมแนวทางการพัฒนาที่ ๑.๑');
    const arabicText = textOf({ thaiDigits: false, thaiDigitsInTables: true, landscapeProjectList: true });
    expect(arabicText).not.toMatch(numbering('[๐-๙]'));
    expect(arabicText).not.toMatch(quantity('[0-9]'));
    expect(arabicText).toContain('รวมงบประมาณทั้งสิ้น ๙๘๙,๙๕๔,๓๒๑.๕๐ บาท');
  });

  it('writes plain-number key figures with thousands separators', () => {
    const document = samplePlanDocument();
    document.tree.version.keyFigures = [
      { label: 'ประชากร', value: '2648927', unit: 'คน', year: 2567, source: null },
    ];
    expect(page(DEFAULT_PDF_OPTIONS, document)).toContain('<td class="num">2,648,927</td>');
  });

  it('lists the approval history with meeting ครั้งที่ n/ปปปป and BE dates', () => {
    const html = page();
    expect(html).toContain('ครั้งที่ ๒/๒๕๖๘');
    expect(html).toContain('๑๕ มกราคม ๒๕๖๘');
    expect(html).toContain('๑๖ มกราคม ๒๕๖๘');
    expect(html).toContain('เสนอคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)');
  });
});

describe('budget totals', () => {
  it('breaks a version down by issue and approach', () => {
    const breakdown = budgetBreakdown(samplePlanDocument().tree.issues, YEARS);
    expect(breakdown.amounts.total).toBe(98995432150n);
    expect(breakdown.issues[0]?.approaches[0]?.items.map((row) => row.amounts.total)).toEqual([
      98990432150n,
      5000000n,
    ]);
  });
});
