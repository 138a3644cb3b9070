import type { Citation, Rule, RuleSetCreateInput } from './rule-set.js';

/**
 * The default rule sets seeded for FY2568 and FY2569. Sources are those the domain brief names;
 * `verified: false` marks rules taken from general knowledge of the yearly guidelines, which an
 * administrator should check against the official text and revise (a new version of the set).
 */
const guideline = (fiscalYear: number): Citation => ({
  source: `แนวทางการจัดทำแผนพัฒนาจังหวัด/กลุ่มจังหวัด และคำของบประมาณของจังหวัดและกลุ่มจังหวัด ประจำปีงบประมาณ พ.ศ. ${fiscalYear} (ก.น.บ./สป.มท.)`,
  sourceEn: `Guidelines for provincial/cluster plans and budget requests, fiscal year B.E. ${fiscalYear} (ก.น.บ./MOI)`,
  clause: null,
  date: null,
  url: null,
  verified: false,
});

const CLUSTER_SOURCE: Citation = {
  source: 'สำนักบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 2: องค์ประกอบของแผนพัฒนากลุ่มจังหวัด',
  sourceEn: 'Upper Northeast 2 cluster strategy office: contents of a cluster development plan',
  clause: null,
  date: null,
  url: 'http://www.osmnortheast-n2.moi.go.th/hello-world/',
  verified: true,
};

const CEILING_SOURCE: Citation = {
  source: 'ผลการประชุมคณะอนุกรรมการประจำภาค: โครงการภายในกรอบวงเงินและเกินกรอบวงเงิน (ผู้จัดการออนไลน์ 3 ธ.ค. 2568)',
  sourceEn: 'Regional sub-committee results: projects within and above the ceiling (MGR Online, 3 Dec 2025)',
  clause: null,
  date: '2025-12-03',
  url: 'https://mgronline.com/politics/detail/9680000116195',
  verified: true,
};

const DECREE_SOURCE: Citation = {
  source: 'พระราชกฤษฎีกาว่าด้วยการบริหารงานเชิงพื้นที่แบบบูรณาการ พ.ศ. 2565 (แผนพัฒนาจังหวัด/กลุ่มจังหวัด 5 ปี)',
  sourceEn:
    'Royal Decree on Integrated Area-Based Administration B.E. 2565 (5-year provincial/cluster plans)',
  clause: null,
  date: null,
  url: null,
  verified: false,
};

type Yearly = { fiscalYear: number; requireEvidence: boolean; negativeKeywords: string[] };

function rulesOf({ fiscalYear, requireEvidence, negativeKeywords }: Yearly): Rule[] {
  const yearly = guideline(fiscalYear);
  return [
    {
      key: 'plan_link',
      kind: 'plan_link',
      parameters: { minKpis: 1 },
      severity: 'blocking',
      label: { th: 'ตอบประเด็นการพัฒนาและตัวชี้วัดของแผน', en: 'Answers a plan issue and KPI' },
      explanation: {
        pass: {
          th: 'เชื่อมโยงประเด็นการพัฒนาและตัวชี้วัด {kpis} ตัวแล้ว',
          en: 'Linked to a plan issue and {kpis} KPI(s)',
        },
        fail: {
          th: 'ยังขาด: {missing} โครงการต้องตอบประเด็นการพัฒนาและตัวชี้วัดของแผนอย่างน้อย {minKpis} ตัว',
          en: 'Missing: {missing}. A project must answer a plan issue and at least {minKpis} of its KPIs',
        },
      },
      citation: { ...yearly, clause: 'หลักเกณฑ์ข้อ 1 (โครงการต้องอยู่ในบัญชีรายการชุดโครงการ)' },
    },
    {
      key: 'cluster_coverage',
      kind: 'cluster_coverage',
      parameters: { minProvinces: 2, minBenefitNoteLength: 10 },
      severity: 'blocking',
      label: {
        th: 'โครงการกลุ่มจังหวัดครอบคลุมมากกว่าหนึ่งจังหวัด',
        en: 'Cluster project spans more than one province',
      },
      explanation: {
        pass: {
          th: 'ดำเนินการใน {provinceCount} จังหวัด ({provinces}) หรือระบุประโยชน์ต่อหลายจังหวัดแล้ว',
          en: 'Works in {provinceCount} province(s) ({provinces}) or explains its benefit to several',
        },
        fail: {
          th: 'ดำเนินการใน {provinceCount} จังหวัด ({provinces}) ต้องมีพื้นที่อย่างน้อย {minProvinces} จังหวัดในกลุ่ม หรืออธิบายประโยชน์ต่อมากกว่าหนึ่งจังหวัด (อย่างน้อย {minBenefitNoteLength} ตัวอักษร)',
          en: 'Works in {provinceCount} province(s) ({provinces}); it needs at least {minProvinces} member provinces, or a note of at least {minBenefitNoteLength} characters on its benefit to more than one',
        },
      },
      citation: CLUSTER_SOURCE,
    },
    {
      key: 'readiness_before_request',
      kind: 'readiness_complete',
      parameters: {
        requiredItems: ['land', 'design_estimate', 'permits', 'receiver_commitment', 'procurement_ready'],
        requireEvidence,
      },
      severity: 'blocking',
      label: { th: 'ความพร้อมครบก่อนเสนอของบประมาณ', en: 'Ready before the budget request' },
      explanation: {
        pass: { th: 'ความพร้อมครบทุกรายการ', en: 'Every readiness item is complete' },
        fail: {
          th: `ความพร้อมยังไม่ครบ {missingCount} รายการ: {missing}${requireEvidence ? ' (ต้องแนบหลักฐาน)' : ''}`,
          en: `{missingCount} readiness item(s) not complete: {missing}${requireEvidence ? ' (evidence required)' : ''}`,
        },
      },
      citation: { ...yearly, clause: 'หลักเกณฑ์ข้อ 3 (ความพร้อมของโครงการ)' },
    },
    {
      key: 'negative_list',
      kind: 'negative_list',
      parameters: { categories: ['vehicle'], titleKeywords: negativeKeywords },
      severity: 'blocking',
      label: { th: `ไม่อยู่ในรายการต้องห้ามปี ${fiscalYear}`, en: `Not on the FY${fiscalYear} negative list` },
      explanation: {
        pass: { th: 'ไม่พบรายการต้องห้าม', en: 'Nothing on the negative list' },
        fail: { th: 'ตรงกับรายการต้องห้าม: {matches}', en: 'On the negative list: {matches}' },
      },
      citation: { ...yearly, clause: 'หลักเกณฑ์ข้อ 4 (รายการที่ไม่สามารถใช้งบประมาณจังหวัด/กลุ่มจังหวัดได้)' },
    },
    {
      key: 'multi_year_full_amount',
      kind: 'multi_year_approval',
      parameters: {},
      severity: 'blocking',
      label: { th: 'ผูกพันข้ามปีได้รับอนุมัติเต็มวงเงิน', en: 'Multi-year commitment approved in full' },
      explanation: {
        pass: {
          th: 'ผูกพันปี {years} อนุมัติแล้ว {approved} บาท ครบวงเงิน {total} บาท',
          en: 'Years {years}: {approved} baht approved, the full {total} baht',
        },
        fail: {
          th: 'ผูกพันปี {years} วงเงิน {total} บาท แต่อนุมัติ {approved} ต้องได้รับอนุมัติเต็มวงเงิน',
          en: 'Years {years}, {total} baht, but approved: {approved}. The full amount must be approved',
        },
      },
      citation: { ...yearly, clause: 'หลักเกณฑ์ข้อ 6 (รายการผูกพันข้ามปีงบประมาณ)' },
    },
    {
      key: 'schedule_total',
      kind: 'schedule_sums_to_total',
      parameters: {},
      severity: 'blocking',
      label: { th: 'แผนการใช้จ่ายรายปีรวมเท่ากับวงเงิน', en: 'Yearly schedule adds up to the total' },
      explanation: {
        pass: {
          th: 'แผนรายปีรวม {scheduled} บาท เท่ากับวงเงินโครงการ',
          en: 'The schedule adds up to {scheduled} baht, the total',
        },
        fail: {
          th: 'แผนรายปีรวม {scheduled} บาท แต่วงเงินโครงการ {total} บาท (ต่างกัน {difference} บาท)',
          en: 'The schedule adds up to {scheduled} baht but the total is {total} baht (difference {difference})',
        },
      },
      citation: yearly,
    },
    {
      key: 'years_in_plan_period',
      kind: 'budget_years_in_plan_period',
      parameters: {},
      severity: 'warning',
      label: { th: 'ปีงบประมาณอยู่ในช่วงของแผน', en: 'Budget years inside the plan period' },
      explanation: {
        pass: {
          th: 'ปี {years} อยู่ในช่วงแผน {periodStart}–{periodEnd}',
          en: 'Years {years} are inside the plan period {periodStart}–{periodEnd}',
        },
        fail: {
          th: 'ปี {outside} อยู่นอกช่วงแผน {periodStart}–{periodEnd}',
          en: 'Years {outside} are outside the plan period {periodStart}–{periodEnd}',
        },
      },
      citation: DECREE_SOURCE,
    },
    {
      key: 'within_ceiling',
      kind: 'within_ceiling',
      parameters: { maxPercentOfCeiling: 100 },
      severity: 'blocking',
      label: { th: 'วงเงินภายในกรอบไม่เกินกรอบวงเงิน', en: 'Within-ceiling total not above the ceiling' },
      explanation: {
        pass: {
          th: 'ภายในกรอบ {withinTotal} บาท ({percent}% ของกรอบ {ceiling} บาท)',
          en: 'Within ceiling {withinTotal} baht ({percent}% of {ceiling} baht)',
        },
        fail: {
          th: 'ภายในกรอบ {withinTotal} บาท เกินกรอบ {ceiling} บาท อยู่ {over} บาท',
          en: 'Within ceiling {withinTotal} baht: {over} baht above the ceiling of {ceiling} baht',
        },
      },
      citation: CEILING_SOURCE,
    },
  ];
}

const BASE_KEYWORDS = ['ศึกษาดูงานต่างประเทศ', 'อาคารสำนักงาน', 'บ้านพัก', 'ค่าสาธารณูปโภค', 'จัดซื้อรถยนต์'];

/** FY2568 (seeded published): evidence files are not yet required for readiness. */
export const DEFAULT_RULE_SET_2568: RuleSetCreateInput = {
  fiscalYear: 2568,
  title: { th: 'เกณฑ์พิจารณาโครงการ ปีงบประมาณ พ.ศ. 2568', en: 'Project eligibility rules, FY2568' },
  note: 'ชุดเริ่มต้นจากระบบ ตรวจสอบกับหนังสือสั่งการฉบับจริงก่อนใช้ (รายการที่ verified = false)',
  rules: rulesOf({ fiscalYear: 2568, requireEvidence: false, negativeKeywords: BASE_KEYWORDS }),
};

/** FY2569 (seeded published): readiness needs evidence files; cash handouts join the negative list. */
export const DEFAULT_RULE_SET_2569: RuleSetCreateInput = {
  fiscalYear: 2569,
  title: { th: 'เกณฑ์พิจารณาโครงการ ปีงบประมาณ พ.ศ. 2569', en: 'Project eligibility rules, FY2569' },
  note: 'ชุดเริ่มต้นจากระบบ ตรวจสอบกับหนังสือสั่งการฉบับจริงก่อนใช้ (รายการที่ verified = false)',
  rules: rulesOf({ fiscalYear: 2569, requireEvidence: true, negativeKeywords: [...BASE_KEYWORDS, 'แจกเงิน'] }),
};
