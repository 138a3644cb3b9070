/** Thai texts of the household-case pages and their audit words. */
export const householdsTh = {
  'nav.households': 'ครัวเรือนเป้าหมาย',
  'audit.entity.household': 'ครัวเรือนเป้าหมาย',
  'audit.entity.household_member': 'สมาชิกครัวเรือน',
  'audit.entity.household_export': 'ส่งออกข้อมูลส่วนบุคคล',
  'audit.entity.household_settings': 'การเก็บรักษาข้อมูลส่วนบุคคล',
  'audit.entity.household_proposal': 'ความต้องการที่เสนอจากข้อมูลครัวเรือน',
  'audit.action.status': 'เปลี่ยนสถานะ',
  'audit.action.help': 'บันทึกการช่วยเหลือ',
  'audit.action.visit': 'บันทึกการติดตามเยี่ยม',
  'audit.action.unmask': 'เปิดดูข้อมูลส่วนบุคคล',
  'audit.action.export_personal': 'ส่งออกข้อมูลส่วนบุคคล',
  'audit.action.subject_access': 'ออกรายงานให้เจ้าของข้อมูล',
  'audit.action.retention_erase': 'ลบข้อมูลส่วนบุคคลตามระยะเก็บรักษา',
  'audit.action.propose_need': 'เสนอเป็นความต้องการ',
} as const;
