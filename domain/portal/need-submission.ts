import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';

const countMessage = bilingualMessage('ต้องเป็นจำนวนเต็ม 0–1,000,000', 'Must be a whole number 0–1,000,000');
const count = z
  .union([
    z.literal(''),
    z.coerce.number(countMessage).int(countMessage).min(0, countMessage).max(1_000_000, countMessage),
  ])
  .transform((value) => (value === '' ? 0 : value));

/**
 * A need raised by a citizen on the portal (a plain HTML form, so every value arrives as text). No
 * name, address or telephone is asked: what the province screens is the need and where it is.
 * `website` is a field people never see; a robot filling every field fills it too.
 */
export const citizenNeedSchema = z
  .object({
    areaCode: z
      .string()
      .regex(/^(\d{4}|\d{6})$/, bilingualMessage('กรุณาเลือกอำเภอหรือตำบล', 'Choose a district or subdistrict')),
    title: z
      .string()
      .trim()
      .min(
        5,
        bilingualMessage('กรุณาบอกปัญหาอย่างน้อย 5 ตัวอักษร', 'Describe the problem in at least 5 characters'),
      )
      .max(300, bilingualMessage('ชื่อเรื่องยาวเกิน 300 ตัวอักษร', 'Title is longer than 300 characters')),
    description: z
      .string()
      .trim()
      .max(3000, bilingualMessage('รายละเอียดยาวเกิน 3,000 ตัวอักษร', 'Details are longer than 3,000 characters'))
      .default(''),
    dimensionId: z.coerce
      .number(bilingualMessage('กรุณาเลือกด้าน', 'Choose a topic'))
      .int()
      .positive(bilingualMessage('กรุณาเลือกด้าน', 'Choose a topic'))
      .max(1_000_000),
    households: count.default(0),
    people: count.default(0),
    challengeId: z.uuid(bilingualMessage('กรุณาโหลดแบบฟอร์มใหม่', 'Reload the form')),
    answer: z.string().trim().max(10).default(''),
    website: z.string().max(200).default(''),
    lang: z.enum(['th', 'en']).default('th'),
  })
  .strict();
export type CitizenNeed = z.output<typeof citizenNeedSchema>;

/** What the citizen gets back: the reference to quote when they ask the province about it. */
export const citizenNeedReceiptSchema = z.object({ referenceNo: z.string(), provinceCode: z.string() });
