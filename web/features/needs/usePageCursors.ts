import { useRef } from 'react';

/**
 * The server's cursors of the pages seen so far, so page n+1 is fetched by keyset (same cost at any
 * depth) once page n has been shown; pages not reached yet fall back to offset. Forgotten when the
 * filter (`resetKey`) changes.
 */
export function usePageCursors(resetKey: string) {
  const state = useRef<{ key: string; cursors: Map<number, string> }>({ key: resetKey, cursors: new Map() });
  if (state.current.key !== resetKey) {
    state.current = { key: resetKey, cursors: new Map() };
  }
  const cursors = state.current.cursors;
  return {
    cursorFor: (page: number) => cursors.get(page),
    remember: (page: number, cursor: string | null | undefined) => {
      if (cursor) {
        cursors.set(page, cursor);
      }
    },
  };
}
