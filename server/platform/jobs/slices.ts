import { setImmediate } from 'node:timers/promises';

/** Items a job's main-thread loop handles before letting other requests run. */
const ITEMS_BETWEEN_YIELDS = 250;

/**
 * `items.map(map)` in slices, yielding to the event loop between slices, so that a large import's
 * per-row work (word breaking, checks) does not hold other requests.
 */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const mapped: R[] = [];
  for (let start = 0; start < items.length; start += ITEMS_BETWEEN_YIELDS) {
    for (const item of items.slice(start, start + ITEMS_BETWEEN_YIELDS)) {
      mapped.push(map(item));
    }
    await setImmediate();
  }
  return mapped;
}
