/** Thai texts shared by every list: export, empty and failed states. */
export const listsTh = {
  'list.export': 'ส่งออก Excel',
  'list.loadFailed': 'โหลดรายการไม่สำเร็จ',
  'list.emptySearch': 'ไม่พบรายการที่ตรงกับ “{q}” ลองคำค้นที่สั้นลง สะกดแบบอื่น หรือล้างตัวกรอง',
  'list.emptyFiltered': 'ไม่พบรายการตามตัวกรองที่เลือก ลองล้างตัวกรอง',
  'list.empty': 'ยังไม่มีข้อมูล',
  'list.clearFilters': 'ล้างตัวกรอง',
  'list.cluster': 'กลุ่มจังหวัด{name}',
  'record.missingTitle': 'ไม่พบรายการนี้',
  'record.missingBody': 'รายการอาจถูกลบ รวม หรืออยู่นอกพื้นที่ที่คุณมีสิทธิ์ดู',
  'record.backToList': 'กลับไปที่รายการ',
} as const;
