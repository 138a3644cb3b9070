import { z } from 'zod';
import { cursorQuery } from '../common/keyset-cursor.js';
import { openProjectKey, provinceCodeSchema } from '../open-data/query.js';

/** Every portal page takes its language; Thai unless `lang=en`. */
export const portalLanguageQuery = z.object({ lang: z.enum(['th', 'en']).default('th') });
export const portalProvinceQuery = portalLanguageQuery.extend({
  after: cursorQuery(openProjectKey).optional(),
});
export const portalSearchQuery = portalLanguageQuery.extend({ q: z.string().trim().max(200).optional() });
export const portalProvinceParams = z.object({ provinceCode: provinceCodeSchema });
export const portalCodeParams = z.object({ code: z.string().min(1).max(60) });
export const portalPlanParams = z.object({ id: z.uuid() });
export const portalPhotoParams = z.object({ id: z.uuid() });
