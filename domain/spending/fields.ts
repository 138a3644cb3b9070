import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';

/** Field schemas the spending requests share. */
export const isoDate = z.iso.date(
  bilingualMessage('วันที่ต้องอยู่ในรูป YYYY-MM-DD (ค.ศ.)', 'Date must be YYYY-MM-DD (CE)'),
);

export const shortText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, bilingualMessage('ต้องไม่ว่าง', 'Must not be empty'))
    .max(max, bilingualMessage(`ยาวเกิน ${max} ตัวอักษร`, `Longer than ${max} characters`));

const monthMessage = bilingualMessage(
  'เดือนงบประมาณคือ 1 (ต.ค.) ถึง 12 (ก.ย.)',
  'Fiscal month is 1 (Oct) to 12 (Sep)',
);
export const fiscalMonthSchema = z
  .number(bilingualMessage('เดือนต้องเป็นตัวเลข', 'Month must be a number'))
  .int(monthMessage)
  .min(1, monthMessage)
  .max(12, monthMessage);
