import { z } from 'zod';

/**
 * GET /projects/map: projects per province where they work (money split by the province shares,
 * else counted in the owning province) and, for one province, per area point.
 */
export const projectMapSchema = z.object({
  provinces: z.array(
    z.object({
      provinceCode: z.string(),
      projects: z.number().int(),
      /** Whole satang as a decimal string. */
      totalSatang: z.string(),
    }),
  ),
  points: z.array(
    z.object({
      areaCode: z.string(),
      nameTh: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      projects: z.number().int(),
    }),
  ),
});
export type ProjectMapData = z.infer<typeof projectMapSchema>;
