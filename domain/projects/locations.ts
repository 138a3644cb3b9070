import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';

/** A map position inside Thailand's bounding box, GeoJSON order [longitude, latitude]. */
const position = z.tuple([
  z.number().min(97, bilingualMessage('ลองจิจูดอยู่นอกประเทศไทย', 'Longitude is outside Thailand')).max(106),
  z.number().min(5, bilingualMessage('ละติจูดอยู่นอกประเทศไทย', 'Latitude is outside Thailand')).max(21),
]);

/** An optional point or line on the map for a project location (GeoJSON geometry). */
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2).max(1000) }).strict(),
]);
export type ProjectGeometry = z.infer<typeof geometrySchema>;

export const FULL_SHARE_BP = 10000;

/** Province shares of a project's money are optional; when given they must add up to 100 %. */
export function sharesSumTo100(shares: readonly { shareBp: number }[]): boolean {
  return shares.length === 0 || shares.reduce((sum, share) => sum + share.shareBp, 0) === FULL_SHARE_BP;
}

/**
 * A project's money split across provinces by its shares, to the satang (largest remainder): each
 * province gets the floor of its exact share, and the satang left over go one each to the largest
 * remainders, equal remainders by province code, so the parts sum exactly to the total. The
 * project map does the same in SQL (`projects/map.ts`).
 */
export function splitByShares(
  totalSatang: bigint,
  shares: readonly { provinceCode: string; shareBp: number }[],
): Map<string, bigint> {
  const parts = shares.map((share) => {
    const exact = totalSatang * BigInt(share.shareBp);
    return { code: share.provinceCode, amount: exact / 10000n, remainder: exact % 10000n };
  });
  let left = totalSatang - parts.reduce((sum, part) => sum + part.amount, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    b.remainder !== a.remainder ? (b.remainder > a.remainder ? 1 : -1) : a.code < b.code ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (left <= 0n) {
      break;
    }
    part.amount += 1n;
    left -= 1n;
  }
  return new Map(parts.map((part) => [part.code, part.amount]));
}
