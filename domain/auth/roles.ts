import { z } from 'zod';

/** Every role a user may hold; a user may hold several. */
export const ROLES = [
  'system_admin',
  'central_analyst',
  'cluster_officer',
  'provincial_planner',
  'provincial_head',
  'district_officer',
  'agency_officer',
  'committee_member',
  'auditor',
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Thai and English labels shown wherever a role is listed. */
export const ROLE_LABELS: Record<Role, { th: string; en: string }> = {
  system_admin: { th: 'ผู้ดูแลระบบ', en: 'System administrator' },
  central_analyst: { th: 'นักวิเคราะห์ส่วนกลาง', en: 'Central analyst' },
  cluster_officer: { th: 'เจ้าหน้าที่กลุ่มจังหวัด', en: 'Cluster officer' },
  provincial_planner: { th: 'นักวิเคราะห์นโยบายและแผน (สนจ.)', en: 'Provincial planner' },
  provincial_head: { th: 'หัวหน้าสำนักงานจังหวัด / ผู้อนุมัติ', en: 'Head of provincial office / approver' },
  district_officer: { th: 'เจ้าหน้าที่อำเภอ', en: 'District officer' },
  agency_officer: { th: 'เจ้าหน้าที่หน่วยงาน', en: 'Agency officer' },
  committee_member: { th: 'กรรมการ', en: 'Committee member' },
  auditor: { th: 'ผู้ตรวจสอบ (อ่านอย่างเดียว)', en: 'Auditor (read-only)' },
};
