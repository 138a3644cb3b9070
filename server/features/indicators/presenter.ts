import type { Indicator } from '../../../domain/indicators/catalogue.js';
import type { indicators } from './tables.js';

/** The catalogue entry as clients see it. */
export const presentIndicator = (row: typeof indicators.$inferSelect): Indicator => ({
  id: row.id,
  code: row.code,
  source: row.source,
  sourceName: row.sourceName,
  dimension: row.dimension,
  nameTh: row.nameTh,
  nameEn: row.nameEn,
  unitTh: row.unitTh,
  unitEn: row.unitEn,
  direction: row.direction,
  aggregation: row.aggregation,
  ratioScale: row.ratioScale,
  defaultTarget: row.defaultTarget,
  sinceYear: row.sinceYear,
  verified: row.verified,
  isDemo: row.isDemo,
  version: row.version,
});
