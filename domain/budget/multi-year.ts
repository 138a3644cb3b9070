import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';

/** Records the full amount a multi-year commitment (ผูกพันข้ามปี) was approved for, and by what. */
export const multiYearApprovalInputSchema = z
  .object({
    approvedSatang: z
      .string()
      .regex(
        /^\d{1,15}$/,
        bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'),
      ),
    /** The approval it rests on, e.g. a cabinet resolution or a Budget Bureau letter. */
    reference: z
      .string()
      .trim()
      .min(3, bilingualMessage('กรุณาระบุเอกสารอ้างอิงการอนุมัติ', 'Name the approval document'))
      .max(500),
    approvedOn: z.iso.date(bilingualMessage('วันที่อนุมัติต้องอยู่ในรูปแบบ YYYY-MM-DD', 'Approval date is YYYY-MM-DD')),
    version: positiveInt4().optional(),
  })
  .strict();
export type MultiYearApprovalInput = z.infer<typeof multiYearApprovalInputSchema>;

export const multiYearApprovalSchema = z.object({
  projectId: z.uuid(),
  approvedSatang: z.string(),
  reference: z.string(),
  approvedOn: z.string(),
  version: z.number().int(),
});
export type MultiYearApproval = z.infer<typeof multiYearApprovalSchema>;
