import { ENTRY_CLASSES, type EntryClass } from '../../../domain/action-plans/action-plan.js';
import type { BoardOrder } from '../../../domain/action-plans/board-order.js';
import type { ActionPlanEntry } from '../../../domain/action-plans/responses.js';

export type Columns = Record<EntryClass, ActionPlanEntry[]>;

/** The board's columns as the server ranks them. */
export function columnsOf(entries: readonly ActionPlanEntry[]): Columns {
  const columns = Object.fromEntries(ENTRY_CLASSES.map((key) => [key, [] as ActionPlanEntry[]])) as Columns;
  for (const entry of [...entries].sort((a, b) => a.rank - b.rank)) {
    columns[entry.entryClass].push(entry);
  }
  return columns;
}

/** The ids of each column, as the reorder endpoint takes them. */
export function orderOf(columns: Columns): BoardOrder {
  const ids = (key: EntryClass) => columns[key].map((entry) => entry.id);
  return {
    within: ids('within'),
    above: ids('above'),
    administration: ids('administration'),
    noted: ids('noted'),
  };
}
