import { isThaiUnit, lineBreakUnits } from '../../../domain/thai/line-break.js';

/** Keeps each Thai word on one line; the <wbr> after it is where the line may break. */
export const WORD_BREAK_CSS = '.w { white-space: nowrap; }';

/**
 * Lets lines break only between Thai words as lineBreakUnits cuts them: Chromium's own dictionary
 * splits loanwords and compounds (โลจิ|สติกส์, การท่อง|เที่ยว), so each Thai word is wrapped whole in
 * a .w span followed by <wbr> (Sarabun has no U+200B glyph). Only text between tags in the body is
 * touched: escaped attribute values never hold a raw '>' and the head keeps its CSS as it is.
 */
export function withWordBreaks(page: string): string {
  const bodyStart = page.search(/<body[\s>]/i);
  if (bodyStart < 0) {
    return page;
  }
  const body = page.slice(bodyStart).replace(/>([^<]+)</g, (_whole, text: string) => {
    const words = lineBreakUnits(text).map((unit) =>
      isThaiUnit(unit) ? `<span class="w">${unit}</span><wbr>` : unit,
    );
    return `>${words.join('')}<`;
  });
  return page.slice(0, bodyStart) + body;
}
