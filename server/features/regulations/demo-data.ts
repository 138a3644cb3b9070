import type { RegulationKind } from '../../../domain/regulations/vocabulary.js';

/**
 * About thirty demo entries of the library. Only what the domain brief marks verified is `verified`;
 * every other date, number and provision text is a placeholder from general knowledge, labelled
 * "[ยังไม่ได้ตรวจสอบ]" in its summary, and each provision is a paraphrase, never the official text.
 */
export type DemoProvision = { reference: string; heading: string; text: string; cites?: string[] };
export type DemoEntry = {
  key: string;
  titleTh: string;
  titleEn: string;
  number: string | null;
  issuedOn: string;
  issuingBody: string;
  kind: RegulationKind;
  url: string | null;
  verified: boolean;
  summary: string;
  /** Set on an entry a later one replaced: the day it stopped applying. */
  supersededOn?: string;
  amendments?: { label: string; effectiveFrom: string }[];
  provisions: DemoProvision[];
};

export const UNVERIFIED = '[ยังไม่ได้ตรวจสอบ วันที่ เลขที่ และสาระเป็นข้อมูลตัวอย่าง ต้องตรวจกับฉบับทางการ]';
const paraphrase = (text: string) => `[สรุปสาระ ไม่ใช่ตัวบท] ${text}`;
const p = (reference: string, heading: string, text: string, cites: string[] = []): DemoProvision => ({
  reference,
  heading,
  text: paraphrase(text),
  cites,
});

const MOI = 'กระทรวงมหาดไทย';
const MOF = 'กระทรวงการคลัง';
const PARLIAMENT = 'รัฐสภา (ประกาศในราชกิจจานุเบกษา)';
const CABINET = 'คณะรัฐมนตรี';

export const DEMO_REGULATIONS: DemoEntry[] = [
  {
    key: 'decree2565',
    titleTh: 'พระราชกฤษฎีกาว่าด้วยการบริหารงานเชิงพื้นที่แบบบูรณาการ พ.ศ. 2565',
    titleEn: 'Royal Decree on Integrated Area-Based Administration B.E. 2565',
    number: null,
    issuedOn: '2022-06-01',
    issuingBody: 'พระมหากษัตริย์โดยคำแนะนำของคณะรัฐมนตรี',
    kind: 'royal_decree',
    url: 'https://mgtsci.stou.ac.th/',
    verified: false,
    summary: `ฐานทางกฎหมายปัจจุบันของการบริหารงานเชิงพื้นที่ ตั้ง ก.น.บ. และให้ผู้ว่าราชการจังหวัดกำกับแผนและงบประมาณจังหวัด ${UNVERIFIED}`,
    provisions: [
      p(
        'หมวด 1',
        'คณะกรรมการนโยบาย (ก.น.บ.)',
        'ก.น.บ. มีนายกรัฐมนตรีเป็นประธาน อนุมัติแผนพัฒนาและแผนปฏิบัติราชการประจำปี และกำหนดกรอบเวลาแผนและงบประมาณ',
        ['step:plan_approval', 'step:action_plan_approval'],
      ),
      p(
        'หมวด 2',
        'แผนพัฒนาจังหวัดและกลุ่มจังหวัด',
        'จังหวัดและกลุ่มจังหวัดจัดทำแผนพัฒนา 5 ปี และทบทวนทุกปี โดยผ่าน ก.บ.จ. และ ก.บ.ก.',
        ['step:plan_drafting', 'step:plan_review', 'rule:years_in_plan_period'],
      ),
      p('หมวด 3', 'แผนปฏิบัติราชการประจำปี', 'โครงการในแผนปฏิบัติราชการประจำปีต้องสอดคล้องกับแผนพัฒนาจังหวัด/กลุ่มจังหวัด'),
    ],
  },
  {
    key: 'decree2551',
    titleTh: 'พระราชกฤษฎีกาว่าด้วยการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ พ.ศ. 2551',
    titleEn: 'Royal Decree on Integrated Provincial and Cluster Administration B.E. 2551',
    number: 'ราชกิจจานุเบกษา เล่ม 125 ตอนที่ 137 ก',
    issuedOn: '2008-12-30',
    issuingBody: 'พระมหากษัตริย์โดยคำแนะนำของคณะรัฐมนตรี',
    kind: 'royal_decree',
    url: 'https://www.scribd.com/document/577986817',
    verified: true,
    supersededOn: '2022-06-01',
    summary: 'พระราชกฤษฎีกาฉบับเดิมที่ตั้ง ก.น.จ. ถูกแทนที่ด้วยพระราชกฤษฎีกา พ.ศ. 2565 (ชื่อ ก.น.จ. ใช้อ้างอิงเอกสารเก่าเท่านั้น)',
    provisions: [
      p(
        'มาตรา 7',
        'คณะกรรมการนโยบาย (ก.น.จ.)',
        'ตั้ง ก.น.จ. เป็นคณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ',
      ),
    ],
  },
  {
    key: 'stateAdmin',
    titleTh: 'พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. 2534',
    titleEn: 'State Administration Act B.E. 2534',
    number: null,
    issuedOn: '1991-09-04',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: 'https://www.opsmoac.go.th/chumphon-action_plan-preview-391191791800',
    verified: false,
    summary: `กฎหมายแม่บทการบริหารราชการ มาตรา 52 53/1 และ 53/2 ให้จังหวัดจัดทำแผนพัฒนาจังหวัดที่ใช้ของบประมาณได้ ${UNVERIFIED}`,
    amendments: [{ label: 'แก้ไขเพิ่มเติม (ฉบับที่ 7) พ.ศ. 2550', effectiveFrom: '2007-03-01' }],
    provisions: [
      p('มาตรา 52', 'จังหวัด', 'ให้รวมท้องที่หลายอำเภอตั้งขึ้นเป็นจังหวัด มีฐานะเป็นนิติบุคคล'),
      p(
        'มาตรา 53/1',
        'แผนพัฒนาจังหวัด',
        'ให้จังหวัดจัดทำแผนพัฒนาจังหวัดให้สอดคล้องกับแนวทางการพัฒนาเศรษฐกิจและสังคมของประเทศและความต้องการของประชาชนในท้องถิ่น',
        ['step:plan_drafting', 'step:need_screening'],
      ),
      p('มาตรา 53/2', 'กลุ่มจังหวัด', 'การจัดทำแผนพัฒนากลุ่มจังหวัดและการบริหารงานของกลุ่มจังหวัด', [
        'rule:cluster_coverage',
      ]),
    ],
  },
  {
    key: 'districtRegulation',
    titleTh: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการบริหารงานอำเภอและตำบลแบบบูรณาการ พ.ศ. 2562',
    titleEn: 'MOI Regulation on Integrated District and Subdistrict Administration B.E. 2562',
    number: null,
    issuedOn: '2019-07-01',
    issuingBody: MOI,
    kind: 'regulation',
    url: 'https://poonamtongtin.com/',
    verified: false,
    summary: `ตั้ง ก.บ.อ. และ ก.บ.ต. รวบรวมและกลั่นกรองความต้องการของพื้นที่ขึ้นสู่แผนพัฒนาอำเภอและจังหวัด ${UNVERIFIED}`,
    provisions: [
      p(
        'ข้อ 8',
        'คณะกรรมการบริหารงานอำเภอแบบบูรณาการ (ก.บ.อ.)',
        'ก.บ.อ. กลั่นกรองแผนพัฒนาหมู่บ้านและตำบลและจัดลำดับความสำคัญของความต้องการ',
        ['step:need_screening'],
      ),
      p(
        'ข้อ 12',
        'คณะกรรมการบริหารงานตำบลแบบบูรณาการ (ก.บ.ต.)',
        'ก.บ.ต. รวบรวมความต้องการของหมู่บ้านและชุมชนในตำบล',
        ['step:need_screening'],
      ),
    ],
  },
  {
    key: 'guideline2569',
    titleTh: 'แนวทางการจัดทำแผนพัฒนาจังหวัด/กลุ่มจังหวัด และคำของบประมาณ ประจำปีงบประมาณ พ.ศ. 2569',
    titleEn: 'Guidelines for provincial/cluster plans and budget requests, fiscal year B.E. 2569',
    number: null,
    issuedOn: '2024-09-15',
    issuingBody: 'ก.น.บ. / สำนักงานปลัดกระทรวงมหาดไทย',
    kind: 'guideline',
    url: null,
    verified: false,
    summary: `หลักเกณฑ์คัดเลือกโครงการที่ใช้งบประมาณจังหวัด/กลุ่มจังหวัด ออกใหม่ทุกปี ${UNVERIFIED}`,
    provisions: [
      p(
        'หลักเกณฑ์ข้อ 1',
        'โครงการต้องตอบประเด็นการพัฒนา',
        'โครงการต้องตอบประเด็นการพัฒนาหรือตัวชี้วัดของแผน และอยู่ในบัญชีรายการชุดโครงการ',
        ['rule:plan_link', 'step:plan_review'],
      ),
      p(
        'หลักเกณฑ์ข้อ 2',
        'อำนาจหน้าที่และพื้นที่',
        'ต้องอยู่ในพื้นที่และบทบาทของจังหวัด ไม่ซ้ำซ้อนกับภารกิจปกติของหน่วยงานหรือองค์กรปกครองส่วนท้องถิ่น',
      ),
      p(
        'หลักเกณฑ์ข้อ 3',
        'ความพร้อมของโครงการ',
        'ต้องมีความพร้อมด้านพื้นที่ แบบรูปรายการและประมาณราคา (ปร.4/ปร.5) ใบอนุญาต หนังสือยืนยันรับมอบและดูแลทรัพย์สิน และทำสัญญาได้ภายในปี',
        ['rule:readiness_before_request', 'step:project_readiness'],
      ),
      p(
        'หลักเกณฑ์ข้อ 4',
        'รายการที่ไม่สามารถใช้งบประมาณได้',
        'ค่าใช้จ่ายประจำ ยานพาหนะ การศึกษาดูงานต่างประเทศ อาคารสำนักงาน บ้านพัก การแจกเงิน และการฝึกอบรมที่ซ้ำซ้อน',
        ['rule:negative_list'],
      ),
      p(
        'หลักเกณฑ์ข้อ 6',
        'รายการผูกพันข้ามปีงบประมาณ',
        'รายการผูกพันข้ามปีต้องได้รับอนุมัติเต็มวงเงิน และแผนการใช้จ่ายรายปีต้องรวมเท่ากับวงเงิน',
        ['rule:multi_year_full_amount', 'rule:schedule_total'],
      ),
    ],
  },
  {
    key: 'guideline2568',
    titleTh: 'แนวทางการจัดทำแผนพัฒนาจังหวัด/กลุ่มจังหวัด และคำของบประมาณ ประจำปีงบประมาณ พ.ศ. 2568',
    titleEn: 'Guidelines for provincial/cluster plans and budget requests, fiscal year B.E. 2568',
    number: null,
    issuedOn: '2023-09-15',
    issuingBody: 'ก.น.บ. / สำนักงานปลัดกระทรวงมหาดไทย',
    kind: 'guideline',
    url: null,
    verified: false,
    supersededOn: '2024-09-15',
    summary: `แนวทางปีงบประมาณ พ.ศ. 2568 ถูกแทนที่ด้วยแนวทางปี 2569 ${UNVERIFIED}`,
    provisions: [p('หลักเกณฑ์ข้อ 3', 'ความพร้อมของโครงการ', 'ความพร้อมของโครงการโดยยังไม่บังคับแนบหลักฐานทุกรายการ')],
  },
  {
    key: 'clusterContents',
    titleTh: 'องค์ประกอบของแผนพัฒนากลุ่มจังหวัด (สำนักบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 2)',
    titleEn: 'Contents of a cluster development plan (Upper Northeast 2 cluster strategy office)',
    number: null,
    issuedOn: '2023-01-01',
    issuingBody: 'สำนักบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 2',
    kind: 'guideline',
    url: 'http://www.osmnortheast-n2.moi.go.th/hello-world/',
    verified: true,
    summary: 'โครงการกลุ่มจังหวัดต้องมีขอบเขตหรือผู้รับประโยชน์มากกว่าหนึ่งจังหวัด (วันที่ของหน้าเว็บเป็นค่าประมาณ)',
    provisions: [
      p('ข้อ 1', 'โครงการกลุ่มจังหวัด', 'โครงการกลุ่มจังหวัดต้องมีพื้นที่ดำเนินการหรือผู้รับประโยชน์มากกว่าหนึ่งจังหวัด', [
        'rule:cluster_coverage',
      ]),
    ],
  },
  {
    key: 'subCommitteeCeiling',
    titleTh: 'ผลการประชุมคณะอนุกรรมการประจำภาค: โครงการภายในกรอบวงเงินและเกินกรอบวงเงิน',
    titleEn: 'Regional sub-committee results: projects within and above the ceiling',
    number: null,
    issuedOn: '2025-12-03',
    issuingBody: 'คณะอนุกรรมการประจำภาค (ก.น.บ.)',
    kind: 'notice',
    url: 'https://mgronline.com/politics/detail/9680000116195',
    verified: true,
    summary: 'อนุกรรมการภาคเหนือและภาคตะวันออกเฉียงเหนือเห็นชอบแผนปี 2570 แยกโครงการภายในกรอบและเกินกรอบวงเงิน',
    provisions: [
      p('ข้อ 1', 'กรอบวงเงิน', 'โครงการภายในกรอบวงเงินรวมต้องไม่เกินกรอบวงเงินที่ได้รับจัดสรร', [
        'rule:within_ceiling',
        'step:action_plan_approval',
      ]),
    ],
  },
  {
    key: 'moiCircular2568',
    titleTh: 'หนังสือกระทรวงมหาดไทย ด่วนที่สุด เรื่อง การเพิ่มสัดส่วนผู้บริหารองค์กรปกครองส่วนท้องถิ่นใน ก.บ.จ. และ ก.บ.ก.',
    titleEn: 'MOI urgent circular: more local-government executives on ก.บ.จ. and ก.บ.ก.',
    number: null,
    issuedOn: '2025-11-10',
    issuingBody: 'ปลัดกระทรวงมหาดไทย',
    kind: 'ministry_letter',
    url: 'https://mgronline.com/politics/detail/9680000107822',
    verified: false,
    summary: `แจ้งผู้ว่าราชการจังหวัด 76 จังหวัดและหัวหน้ากลุ่มจังหวัด 18 กลุ่มให้เพิ่มสัดส่วนผู้บริหารท้องถิ่นทุกประเภท (สาระตรวจแล้วจากข่าว วันที่และเลขที่หนังสือยังไม่ได้ตรวจสอบ)`,
    provisions: [
      p('ข้อ 1', 'องค์ประกอบคณะกรรมการ', 'เพิ่มสัดส่วนผู้บริหารองค์กรปกครองส่วนท้องถิ่นให้ครอบคลุมทุกประเภทในสัดส่วนใกล้เคียงกัน', [
        'step:committee_meeting',
      ]),
    ],
  },
  {
    key: 'procurementAct',
    titleTh: 'พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
    titleEn: 'Government Procurement and Supplies Management Act B.E. 2560',
    number: null,
    issuedOn: '2017-02-24',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `กฎหมายหลักของการจัดซื้อจัดจ้างภาครัฐ วิธีการซื้อจ้าง การทำสัญญาและการบริหารพัสดุ ${UNVERIFIED}`,
    provisions: [
      p('มาตรา 54', 'วิธีการจัดซื้อจัดจ้าง', 'การจัดซื้อจัดจ้างทำได้โดยวิธีประกาศเชิญชวนทั่วไป วิธีคัดเลือก หรือวิธีเฉพาะเจาะจง', [
        'step:procurement',
      ]),
      p('มาตรา 93', 'การทำสัญญา', 'การทำสัญญาให้ใช้แบบสัญญาที่คณะกรรมการนโยบายกำหนด', ['step:procurement']),
    ],
  },
  {
    key: 'procurementRegulation',
    titleTh: 'ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
    titleEn: 'MOF Regulation on Government Procurement and Supplies Management B.E. 2560',
    number: null,
    issuedOn: '2017-08-23',
    issuingBody: MOF,
    kind: 'regulation',
    url: null,
    verified: false,
    summary: `วิธีปฏิบัติการจัดซื้อจัดจ้าง การตรวจรับ และการบริหารพัสดุ รวมถึงการโอนพัสดุให้หน่วยงานอื่น ${UNVERIFIED}`,
    amendments: [{ label: 'แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2563', effectiveFrom: '2020-06-01' }],
    provisions: [
      p('ข้อ 175', 'การตรวจรับพัสดุ', 'คณะกรรมการตรวจรับตรวจพัสดุให้ถูกต้องครบถ้วนตามสัญญาก่อนเบิกจ่าย', [
        'step:procurement',
      ]),
      p(
        'ข้อ 215',
        'การโอนพัสดุ',
        'พัสดุที่หมดความจำเป็นหรือสร้างเพื่อประโยชน์ของหน่วยงานอื่น โอนให้ส่วนราชการหรือองค์กรปกครองส่วนท้องถิ่นได้',
        ['step:asset_transfer'],
      ),
    ],
  },
  {
    key: 'budgetProcedure',
    titleTh: 'พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2561',
    titleEn: 'Budget Procedures Act B.E. 2561',
    number: null,
    issuedOn: '2018-03-09',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `การจัดทำ การบริหาร และการควบคุมงบประมาณ รวมถึงรายการผูกพันข้ามปี ${UNVERIFIED}`,
    provisions: [
      p(
        'มาตรา 24',
        'การจัดทำงบประมาณ',
        'หน่วยรับงบประมาณเสนอคำของบประมาณตามหลักเกณฑ์และระยะเวลาที่สำนักงบประมาณกำหนด',
        ['step:budget_request'],
      ),
      p('มาตรา 41', 'รายการผูกพันข้ามปี', 'การก่อหนี้ผูกพันข้ามปีงบประมาณต้องได้รับอนุมัติตามหลักเกณฑ์ที่กำหนด', [
        'rule:multi_year_full_amount',
      ]),
    ],
  },
  {
    key: 'budgetAdministration',
    titleTh: 'ระเบียบว่าด้วยการบริหารงบประมาณ พ.ศ. 2562',
    titleEn: 'Regulation on Budget Administration B.E. 2562',
    number: null,
    issuedOn: '2019-01-01',
    issuingBody: 'สำนักงบประมาณ',
    kind: 'regulation',
    url: null,
    verified: false,
    summary: `การจัดสรร การโอนเปลี่ยนแปลงรายการ และการรายงานผลการใช้จ่ายงบประมาณ ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 20', 'การโอนเปลี่ยนแปลงรายการ', 'การเปลี่ยนแปลงรายการงบลงทุนต้องได้รับอนุมัติจากสำนักงบประมาณ', [
        'step:budget_request',
      ]),
    ],
  },
  {
    key: 'fiscalDiscipline',
    titleTh: 'พระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561',
    titleEn: 'State Fiscal and Financial Disciplines Act B.E. 2561',
    number: null,
    issuedOn: '2018-04-19',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `กรอบวินัยการเงินการคลัง การก่อหนี้และการใช้จ่ายเงินของรัฐ ${UNVERIFIED}`,
    provisions: [p('มาตรา 20', 'การใช้จ่ายเงิน', 'การใช้จ่ายเงินของรัฐต้องเป็นไปตามกฎหมาย ระเบียบ และมติคณะรัฐมนตรี')],
  },
  {
    key: 'treasuryPayments',
    titleTh: 'ระเบียบการเบิกจ่ายเงินจากคลัง การเก็บรักษาเงิน และการนำเงินส่งคลัง พ.ศ. 2562',
    titleEn: 'Regulation on Treasury Payments, Safekeeping and Remittance B.E. 2562',
    number: null,
    issuedOn: '2019-03-01',
    issuingBody: MOF,
    kind: 'regulation',
    url: null,
    verified: false,
    summary: `การเบิกจ่ายเงินผ่านระบบ GFMIS และการกันเงินไว้เบิกเหลื่อมปี ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 42', 'การเบิกจ่าย', 'ส่วนราชการเบิกเงินจากคลังผ่านระบบอิเล็กทรอนิกส์ตามที่กรมบัญชีกลางกำหนด', [
        'step:disbursement',
      ]),
      p(
        'ข้อ 57',
        'การกันเงินไว้เบิกเหลื่อมปี',
        'รายการที่ก่อหนี้ผูกพันแล้วแต่เบิกไม่ทันสิ้นปี ให้กันเงินไว้เบิกเหลื่อมปีได้ไม่เกินระยะเวลาที่กำหนด',
        ['step:carry_over'],
      ),
    ],
  },
  {
    key: 'cabinetAcceleration2569',
    titleTh: 'มติคณะรัฐมนตรี มาตรการเร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569',
    titleEn: 'Cabinet resolution: FY2569 disbursement acceleration measures',
    number: null,
    issuedOn: '2025-10-07',
    issuingBody: CABINET,
    kind: 'cabinet_resolution',
    url: null,
    verified: false,
    summary: `เป้าหมายการเบิกจ่ายสะสมรายไตรมาสและกำหนดเวลาก่อหนี้ผูกพัน (ค่าเป้าหมายอยู่ในหน้าการใช้จ่าย) ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 1', 'เป้าหมายการเบิกจ่าย', 'กำหนดเป้าหมายการเบิกจ่ายสะสมรายไตรมาสแยกภาพรวมและงบลงทุน', [
        'step:disbursement',
      ]),
    ],
  },
  {
    key: 'correspondence',
    titleTh: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526',
    titleEn: 'PMO Regulation on Official Correspondence B.E. 2526',
    number: null,
    issuedOn: '1983-06-01',
    issuingBody: 'สำนักนายกรัฐมนตรี',
    kind: 'regulation',
    url: null,
    verified: false,
    summary: `แบบหนังสือราชการ การลงรับ และการเก็บรักษาหนังสือ ใช้กับรายงานการประชุมและหนังสือแจ้ง ${UNVERIFIED}`,
    amendments: [
      { label: 'แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2548', effectiveFrom: '2005-06-01' },
      { label: 'แก้ไขเพิ่มเติม (ฉบับที่ 3) พ.ศ. 2560', effectiveFrom: '2017-03-01' },
      { label: 'แก้ไขเพิ่มเติม (ฉบับที่ 4) พ.ศ. 2564', effectiveFrom: '2021-05-01' },
    ],
    provisions: [
      p(
        'ข้อ 11',
        'ชนิดของหนังสือ',
        'หนังสือราชการมีหกชนิด ได้แก่ หนังสือภายนอก ภายใน ประทับตรา สั่งการ ประชาสัมพันธ์ และหนังสือที่เจ้าหน้าที่ทำขึ้น',
        ['step:committee_meeting'],
      ),
    ],
  },
  {
    key: 'officialInformation',
    titleTh: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
    titleEn: 'Official Information Act B.E. 2540',
    number: null,
    issuedOn: '1997-09-10',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `การเปิดเผยข้อมูลข่าวสารของราชการ เช่น แผนงาน โครงการ และงบประมาณ ${UNVERIFIED}`,
    provisions: [
      p(
        'มาตรา 9',
        'ข้อมูลที่ต้องจัดไว้ให้ประชาชนตรวจดู',
        'แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีต้องจัดไว้ให้ประชาชนตรวจดูได้',
        ['step:plan_approval'],
      ),
    ],
  },
  {
    key: 'personalData',
    titleTh: 'พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562',
    titleEn: 'Personal Data Protection Act B.E. 2562',
    number: null,
    issuedOn: '2019-05-27',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `การเก็บ ใช้ และเปิดเผยข้อมูลส่วนบุคคล เช่น รายชื่อผู้เข้าอบรมและผู้เข้าร่วมโครงการ ${UNVERIFIED}`,
    amendments: [{ label: 'ใช้บังคับทุกหมวด', effectiveFrom: '2022-06-01' }],
    provisions: [
      p('มาตรา 19', 'ความยินยอม', 'การเก็บรวบรวมข้อมูลส่วนบุคคลต้องได้รับความยินยอมหรือมีฐานทางกฎหมายอื่น', [
        'step:training',
        'step:programme_reporting',
      ]),
    ],
  },
  {
    key: 'trainingExpenses',
    titleTh: 'ระเบียบกระทรวงการคลังว่าด้วยค่าใช้จ่ายในการฝึกอบรม การจัดงาน และการประชุมระหว่างประเทศ พ.ศ. 2549',
    titleEn: 'MOF Regulation on Training, Events and International Meeting Expenses B.E. 2549',
    number: null,
    issuedOn: '2006-03-01',
    issuingBody: MOF,
    kind: 'regulation',
    url: null,
    verified: false,
    summary: `อัตราค่าใช้จ่ายในการฝึกอบรมและการจัดประชุม ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 8', 'ค่าใช้จ่ายในการฝึกอบรม', 'ส่วนราชการเบิกค่าใช้จ่ายในการจัดฝึกอบรมได้ตามอัตราที่กำหนด', ['step:training']),
    ],
  },
  {
    key: 'nationalStrategy',
    titleTh: 'ยุทธศาสตร์ชาติ (พ.ศ. 2561–2580)',
    titleEn: 'National Strategy 2018–2037',
    number: null,
    issuedOn: '2018-10-13',
    issuingBody: 'คณะกรรมการยุทธศาสตร์ชาติ',
    kind: 'notice',
    url: null,
    verified: false,
    summary: `ยุทธศาสตร์ 6 ด้านที่แผนพัฒนาจังหวัดและโครงการต้องเชื่อมโยง ${UNVERIFIED}`,
    provisions: [
      p(
        'ส่วนที่ 3',
        'ยุทธศาสตร์ 6 ด้าน',
        'ความมั่นคง การสร้างความสามารถในการแข่งขัน การพัฒนาคน โอกาสและความเสมอภาค สิ่งแวดล้อม และการปรับสมดุลภาครัฐ',
        ['step:plan_drafting'],
      ),
    ],
  },
  {
    key: 'nationalStrategyAct',
    titleTh: 'พระราชบัญญัติการจัดทำยุทธศาสตร์ชาติ พ.ศ. 2560',
    titleEn: 'National Strategy Preparation Act B.E. 2560',
    number: null,
    issuedOn: '2017-07-31',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `หน่วยงานของรัฐต้องจัดทำแผนให้สอดคล้องกับยุทธศาสตร์ชาติ ${UNVERIFIED}`,
    provisions: [
      p('มาตรา 10', 'ความสอดคล้อง', 'แผนของหน่วยงานของรัฐต้องสอดคล้องกับยุทธศาสตร์ชาติ', ['step:plan_review']),
    ],
  },
  {
    key: 'nesdp13',
    titleTh: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 (พ.ศ. 2566–2570)',
    titleEn: '13th National Economic and Social Development Plan (2023–2027)',
    number: null,
    issuedOn: '2022-10-01',
    issuingBody: 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ',
    kind: 'notice',
    url: null,
    verified: false,
    summary: `13 หมุดหมายการพัฒนาที่แผนพัฒนาจังหวัดเชื่อมโยง ${UNVERIFIED}`,
    provisions: [p('ส่วนที่ 3', 'หมุดหมายการพัฒนา', '13 หมุดหมายภายใต้ 4 มิติ เป็นเป้าหมายที่แผนระดับจังหวัดต้องสอดรับ')],
  },
  {
    key: 'decentralisation',
    titleTh: 'พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542',
    titleEn: 'Decentralisation Plan and Process Act B.E. 2542',
    number: null,
    issuedOn: '1999-11-17',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `อำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น ใช้ตรวจว่าโครงการไม่ซ้ำซ้อนภารกิจท้องถิ่น ${UNVERIFIED}`,
    provisions: [
      p('มาตรา 16', 'อำนาจหน้าที่ของเทศบาลและ อบต.', 'การจัดให้มีและบำรุงรักษาทางบก ทางน้ำ และสาธารณูปโภคในท้องถิ่น', [
        'step:need_screening',
        'step:asset_transfer',
      ]),
    ],
  },
  {
    key: 'environmentAct',
    titleTh: 'พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535',
    titleEn: 'Enhancement and Conservation of National Environmental Quality Act B.E. 2535',
    number: null,
    issuedOn: '1992-04-04',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `โครงการบางประเภทต้องจัดทำรายงานการประเมินผลกระทบสิ่งแวดล้อม (EIA) ${UNVERIFIED}`,
    amendments: [{ label: 'แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2561', effectiveFrom: '2018-05-01' }],
    provisions: [
      p('มาตรา 48', 'รายงาน EIA', 'โครงการที่ต้องจัดทำรายงานผลกระทบสิ่งแวดล้อมต้องได้รับความเห็นชอบก่อนดำเนินการ', [
        'step:project_readiness',
        'rule:readiness_before_request',
      ]),
    ],
  },
  {
    key: 'statePropertyAct',
    titleTh: 'พระราชบัญญัติที่ราชพัสดุ พ.ศ. 2562',
    titleEn: 'State Property Act B.E. 2562',
    number: null,
    issuedOn: '2019-04-16',
    issuingBody: PARLIAMENT,
    kind: 'act',
    url: null,
    verified: false,
    summary: `การใช้ที่ราชพัสดุเพื่อก่อสร้าง ใช้ตรวจความพร้อมด้านพื้นที่ ${UNVERIFIED}`,
    provisions: [
      p('มาตรา 11', 'การใช้ที่ราชพัสดุ', 'ส่วนราชการที่ประสงค์ใช้ที่ราชพัสดุต้องได้รับอนุญาตจากกรมธนารักษ์', [
        'step:project_readiness',
      ]),
    ],
  },
  {
    key: 'medianPrice',
    titleTh: 'หลักเกณฑ์การคำนวณราคากลางงานก่อสร้าง (แบบ ปร.4 ปร.5)',
    titleEn: 'Rules for the median price of construction works (forms ปร.4, ปร.5)',
    number: null,
    issuedOn: '2017-09-01',
    issuingBody: 'คณะกรรมการราคากลาง',
    kind: 'notice',
    url: null,
    verified: false,
    summary: `การประมาณราคางานก่อสร้างตามราคามาตรฐานสำนักงบประมาณ ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 1', 'แบบประมาณราคา', 'งานก่อสร้างต้องมีแบบรูปรายการและประมาณราคาตามแบบ ปร.4 และ ปร.5', [
        'step:project_readiness',
      ]),
    ],
  },
  {
    key: 'publicPrivateCommittee',
    titleTh: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยคณะกรรมการร่วมภาครัฐและเอกชนเพื่อแก้ไขปัญหาทางเศรษฐกิจ',
    titleEn: 'PMO Regulation on the Joint Public-Private Committees (กรอ.)',
    number: null,
    issuedOn: '2017-01-01',
    issuingBody: 'สำนักนายกรัฐมนตรี',
    kind: 'regulation',
    url: 'https://mgronline.com/politics/detail/9680000077753',
    verified: false,
    summary: `องค์ประกอบและวาระของ กรอ.จังหวัดและ กรอ.กลุ่มจังหวัด ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 9', 'วาระการดำรงตำแหน่ง', 'กรรมการภาคเอกชนดำรงตำแหน่งคราวละ 3 ปี และไม่เกินสองวาระติดต่อกัน', [
        'step:committee_meeting',
      ]),
    ],
  },
  {
    key: 'clusterNotice',
    titleTh: 'ประกาศ ก.น.บ. เรื่อง การกำหนดกลุ่มจังหวัดและจังหวัดที่เป็นศูนย์ปฏิบัติการของกลุ่มจังหวัด',
    titleEn: 'ก.น.บ. notice on the provincial clusters and their operations-centre provinces',
    number: null,
    issuedOn: '2023-03-01',
    issuingBody: 'ก.น.บ.',
    kind: 'notice',
    url: null,
    verified: false,
    summary: `18 กลุ่มจังหวัดใน 6 ภาค และจังหวัดที่เป็นศูนย์ปฏิบัติการ ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 2', 'กลุ่มจังหวัด', 'กำหนดกลุ่มจังหวัด 18 กลุ่ม และจังหวัดที่เป็นศูนย์ปฏิบัติการของแต่ละกลุ่ม', [
        'rule:cluster_coverage',
      ]),
    ],
  },
  {
    key: 'royalCelebration2567',
    titleTh:
      'หนังสือกระทรวงมหาดไทย เรื่อง แนวทางการดำเนินโครงการเฉลิมพระเกียรติ เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567',
    titleEn: 'MOI letter: royal-celebration activities for the King’s 6th-cycle birthday, 28 July 2024',
    number: null,
    issuedOn: '2024-01-15',
    issuingBody: MOI,
    kind: 'ministry_letter',
    url: null,
    verified: false,
    summary: `แนวทางกิจกรรมเฉลิมพระเกียรติ 4 โครงการ และการรายงานผลผ่านจังหวัด ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 3', 'การรายงานผล', 'ให้จังหวัดรายงานผลการดำเนินกิจกรรมพร้อมภาพถ่ายตามรอบที่กำหนด', [
        'step:programme_reporting',
      ]),
    ],
  },
  {
    key: 'personnelDevelopment',
    titleTh: 'แนวทางการพัฒนาบุคลากรด้านการบริหารงานเชิงพื้นที่แบบบูรณาการ',
    titleEn: 'Guideline on developing personnel for integrated area-based administration',
    number: null,
    issuedOn: '2024-04-01',
    issuingBody: 'สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด (สบจ.)',
    kind: 'guideline',
    url: 'http://pad.moi.go.th/TH/about',
    verified: false,
    summary: `หัวข้อที่ผู้รับผิดชอบงานแผนและงบประมาณจังหวัดควรผ่านการอบรม ${UNVERIFIED}`,
    provisions: [
      p('ข้อ 2', 'หัวข้อการอบรม', 'การจัดทำแผนพัฒนาจังหวัด การจัดทำคำของบประมาณ การติดตามผล และการโอนทรัพย์สิน', [
        'step:training',
      ]),
    ],
  },
];
