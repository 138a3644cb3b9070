import type { Bilingual } from '../common/bilingual.js';
import { ENTRY_CLASSES, type EntryClass } from './action-plan.js';

/** The board as the user left it: each column's entry ids, top priority first. */
export type BoardOrder = Record<EntryClass, readonly string[]>;
export type RankedEntry = { id: string; entryClass: EntryClass; rank: number };
export type OrderProblem = { path: string; message: Bilingual };

/**
 * Whether an order places every entry of the plan exactly once: no unknown, missing or repeated id.
 * A stale board (someone added or removed an entry meanwhile) fails here rather than losing entries.
 */
export function boardOrderProblems(entryIds: readonly string[], order: BoardOrder): OrderProblem[] {
  const known = new Set(entryIds);
  const seen = new Set<string>();
  const problems: OrderProblem[] = [];
  for (const entryClass of ENTRY_CLASSES) {
    for (const id of order[entryClass]) {
      if (!known.has(id)) {
        problems.push({
          path: entryClass,
          message: { th: `ไม่พบรายการ ${id} ในแผนนี้`, en: `Entry ${id} is not in this plan` },
        });
      } else if (seen.has(id)) {
        problems.push({
          path: entryClass,
          message: { th: `รายการ ${id} ซ้ำ`, en: `Entry ${id} is placed twice` },
        });
      }
      seen.add(id);
    }
  }
  const missing = entryIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    problems.push({
      path: 'order',
      message: {
        th: `ลำดับไม่ครบ: ขาด ${missing.length} รายการ (โหลดหน้าใหม่แล้วจัดลำดับอีกครั้ง)`,
        en: `The order leaves out ${missing.length} entr${missing.length === 1 ? 'y' : 'ies'} (reload and order again)`,
      },
    });
  }
  return problems;
}

/** Each entry's class and 1-based rank within its column. */
export function rankEntries(order: BoardOrder): RankedEntry[] {
  return ENTRY_CLASSES.flatMap((entryClass) =>
    order[entryClass].map((id, index) => ({ id, entryClass, rank: index + 1 })),
  );
}

/** The board after moving one entry to `target` at `index` (a drop, or an up/down/column button). */
export function moveOnBoard(order: BoardOrder, entryId: string, target: EntryClass, index: number): BoardOrder {
  const next = Object.fromEntries(
    ENTRY_CLASSES.map((key) => [key, order[key].filter((id) => id !== entryId)]),
  ) as Record<EntryClass, string[]>;
  const column = next[target];
  column.splice(Math.max(0, Math.min(index, column.length)), 0, entryId);
  return next;
}
