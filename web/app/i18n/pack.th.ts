/** Thai texts of the explanation pack panel (เอกสารประกอบการชี้แจงงบประมาณ). */
export const packTh = {
  'pack.title': 'เอกสารประกอบการชี้แจงงบประมาณ',
  'pack.explain':
    'สร้างเอกสารประกอบการชี้แจงงบประมาณ (PDF) และตารางสรุป (Excel) ของจังหวัดหรือกลุ่มจังหวัด: ตารางสรุปตามประเด็นการพัฒนา ประเภทงบรายจ่าย หน่วยงาน และพื้นที่ แล้วรายละเอียดโครงการละหนึ่งหน้า',
  'pack.fiscalYear': 'ปีงบประมาณ',
  'pack.scope': 'จัดทำสำหรับ',
  'pack.scope.province': 'จังหวัด',
  'pack.scope.cluster': 'กลุ่มจังหวัด',
  'pack.province': 'เลือกจังหวัด',
  'pack.cluster': 'เลือกกลุ่มจังหวัด',
  'pack.amounts': 'วงเงินที่แสดง',
  'pack.amounts.latest': 'ขั้นล่าสุดที่บันทึก',
  'pack.amounts.request': 'คำของบประมาณ',
  'pack.thaiDigits': 'ใช้เลขไทยในหัวข้อ วันที่ และเลขหน้า',
  'pack.thaiDigitsInTables': 'ใช้เลขไทยในตารางตัวเลขด้วย',
  'pack.start': 'สร้างเอกสาร',
  'pack.chooseArea': 'กรุณาเลือกจังหวัดหรือกลุ่มจังหวัด',
  'pack.downloadPdf': 'ดาวน์โหลด PDF',
  'pack.downloadXlsx': 'ดาวน์โหลด Excel',
  'pack.total': 'รวม {count} โครงการ งบประมาณ {amount} บาท ({words})',
} as const;
