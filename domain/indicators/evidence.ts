import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { INDICATOR_DIRECTIONS } from './catalogue.js';

const year = z
  .number(bilingualMessage('ปีต้องเป็นตัวเลข', 'The year must be a number'))
  .int()
  .min(2500, bilingualMessage('ปีต้องเป็น พ.ศ.', 'The year must be Buddhist Era'))
  .max(2700, bilingualMessage('ปีต้องเป็น พ.ศ.', 'The year must be Buddhist Era'));

/** One indicator figure cited as evidence: which indicator, for which area and survey year. */
export const citationInputSchema = z
  .object({ indicatorId: z.uuid(), areaCode: areaCodeSchema, year })
  .strict();
export type CitationInput = z.infer<typeof citationInputSchema>;

export const citationsInputSchema = z
  .object({ citations: z.array(citationInputSchema).min(1).max(50) })
  .strict();

/** A citation with the figure as it was when cited and the figure stored now. */
export const evidenceSchema = z.object({
  id: z.uuid(),
  indicatorId: z.uuid(),
  indicatorCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  unitTh: z.string(),
  unitEn: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  areaCode: z.string(),
  areaNameTh: z.string(),
  areaNameEn: z.string().nullable(),
  year: z.number().int(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** The province's target (or the catalogue default) when one is set. */
  target: z.number().nullable(),
  citedAt: z.iso.datetime(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
