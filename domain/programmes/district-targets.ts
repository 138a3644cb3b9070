import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { figure } from './programme-input.js';

const districtCode = z
  .string()
  .regex(/^\d{4}$/, bilingualMessage('รหัสอำเภอต้องเป็นตัวเลข 4 หลัก', 'A district code is 4 digits'));

/** Optional targets per indicator and district, set by the centre under a province's target. */
export const districtTargetsInputSchema = z
  .object({
    targets: z
      .array(z.object({ indicatorId: z.uuid(), districtCode, value: figure }).strict())
      .min(1)
      .max(5000)
      .refine(
        (items) =>
          new Set(items.map((item) => `${item.indicatorId}/${item.districtCode}`)).size === items.length,
        { ...bilingualMessage('ตัวชี้วัดและอำเภอซ้ำกัน', 'An indicator and district appear twice') },
      ),
  })
  .strict();
export type DistrictTargetsInput = z.infer<typeof districtTargetsInputSchema>;

export const districtTargetSchema = z.object({
  indicatorId: z.uuid(),
  provinceCode: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  value: z.number(),
});
export type DistrictTarget = z.infer<typeof districtTargetSchema>;

export type DistrictTargetProblem = { path: string; message: { th: string; en: string } };

/**
 * Why district targets cannot stand: a district's province has no target for the indicator, or the
 * districts of a province add up to more than the province's target. `all` is every district target
 * of the programme once the new ones replace theirs; `indexOf` points a problem at the input row.
 */
export function districtTargetProblems(
  provinceTargets: ReadonlyMap<string, number>,
  all: readonly { indicatorId: string; districtCode: string; value: number }[],
  indexOf: (indicatorId: string, districtCode: string) => number,
): DistrictTargetProblem[] {
  const sums = new Map<string, { sum: number; last: { indicatorId: string; districtCode: string } }>();
  const problems: DistrictTargetProblem[] = [];
  for (const target of all) {
    const key = `${target.indicatorId}/${target.districtCode.slice(0, 2)}`;
    const index = indexOf(target.indicatorId, target.districtCode);
    if (!provinceTargets.has(key)) {
      if (index >= 0) {
        problems.push({
          path: `targets.${index}.districtCode`,
          message: {
            th: 'จังหวัดของอำเภอนี้ยังไม่มีเป้าหมายของตัวชี้วัดนี้',
            en: 'The district’s province has no target for this indicator',
          },
        });
      }
      continue;
    }
    const entry = sums.get(key) ?? { sum: 0, last: target };
    sums.set(key, { sum: entry.sum + target.value, last: index >= 0 ? target : entry.last });
  }
  for (const [key, { sum, last }] of sums) {
    const provinceTarget = provinceTargets.get(key) ?? 0;
    const index = indexOf(last.indicatorId, last.districtCode);
    if (sum > provinceTarget && index >= 0) {
      problems.push({
        path: `targets.${index}.value`,
        message: {
          th: `เป้าหมายรายอำเภอรวม ${sum} เกินเป้าหมายของจังหวัด ${provinceTarget}`,
          en: `The districts’ targets add up to ${sum}, above the province’s ${provinceTarget}`,
        },
      });
    }
  }
  return problems;
}
