import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { areaCodeSchema } from './area-code.js';
import { AREA_REFERENCE_CHECKS } from './area.js';
import { positiveInt4 } from '../common/integers.js';

const isoDate = z.iso.date(bilingualMessage('วันที่ต้องอยู่ในรูปแบบ ค.ศ. YYYY-MM-DD', 'Dates are YYYY-MM-DD'));

const areaFields = {
  nameTh: z.string().trim().min(1, bilingualMessage('ต้องระบุชื่อภาษาไทย', 'Thai name is required')).max(200),
  nameEn: z.string().trim().max(200).nullish(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, bilingualMessage('รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก', 'Postcode is 5 digits'))
    .nullish(),
  lat: z.number().min(5).max(21).nullish(),
  lon: z.number().min(97).max(106).nullish(),
  validFrom: isoDate.nullish(),
};

/** A new area below an existing parent (administrators; villages also by import). */
export const areaCreateSchema = z.object({ code: areaCodeSchema, ...areaFields }).strict();
export type AreaCreateInput = z.infer<typeof areaCreateSchema>;

/** Renaming, moving a point, or closing an area with a validity end date. */
export const areaUpdateSchema = z
  .object({
    ...areaFields,
    validTo: isoDate.nullish(),
    /** The code that replaced this one; null clears it. */
    successorCode: areaCodeSchema.nullish(),
    /** What is still to check (null once checked) and the note saying what and against what. */
    referenceCheck: z.enum(AREA_REFERENCE_CHECKS).nullish(),
    referenceNote: z.string().trim().max(500).nullish(),
    reason: z.string().trim().max(500).optional(),
    version: positiveInt4().optional(),
  })
  .partial()
  .strict();
export type AreaUpdateInput = z.infer<typeof areaUpdateSchema>;
