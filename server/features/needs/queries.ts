import { z } from 'zod';
import { areaCodeSchema } from '../../../domain/areas/area-code.js';
import { bilingualMessage } from '../../../domain/common/bilingual.js';
import { NEED_ORIGINS, NEED_STATUSES } from '../../../domain/needs/need.js';
import { positiveInt4Query } from '../../../domain/common/integers.js';

const fiscalYearMessage = bilingualMessage(
  'ปีงบประมาณต้องเป็น พ.ศ. 2500–2700',
  'Fiscal year must be a Buddhist-Era year 2500–2700',
);

/** A BE fiscal year in a query string. */
export const fiscalYearQuery = z.coerce
  .number(fiscalYearMessage)
  .int(fiscalYearMessage)
  .min(2500, fiscalYearMessage)
  .max(2700, fiscalYearMessage);

/** The filters of the list, shared by the export. */
export const needFilterQuery = {
  areaCode: areaCodeSchema.optional(),
  status: z.enum(NEED_STATUSES).optional(),
  origin: z.enum(NEED_ORIGINS).optional(),
  dimensionId: positiveInt4Query().optional(),
  fiscalYear: fiscalYearQuery.optional(),
  q: z.string().trim().min(1).max(200).optional(),
};
