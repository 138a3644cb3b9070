import type { Database } from '../../platform/db/client.js';
import { ensureIndicator } from './catalogue.js';
import { REFERENCE_INDICATORS } from './catalogue-data.js';

/** Adds the reference catalogue entries that are missing; keeps what administrators changed. */
export async function seedIndicatorCatalogue(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const indicator of REFERENCE_INDICATORS) {
      await ensureIndicator(tx, indicator);
    }
  });
}
