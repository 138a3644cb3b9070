import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether poppler's pdftotext and pdftoppm are installed (tests of the text layer need them). */
export const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');

const THAI_END = /[\u0E00-\u0E7F]$/;
const THAI_START = /^[\u0E00-\u0E7F]/;
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** The text layer of a PDF file in reading order (-raw keeps each table cell's lines together). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-']).toString();
}

const PAGE_NUMBER = /^[๐-๙0-9]+$/;

/** The non-empty, trimmed lines of each page of a text layer, without the page number. */
export function pdfPages(text: string): string[][] {
  return text
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !PAGE_NUMBER.test(line)),
    )
    .filter((lines) => lines.length > 0);
}

function wrapInsideWord(previousLine: string, nextLine: string): string | null {
  const previous = previousLine.replace(/\s+/g, '');
  const next = nextLine.replace(/\s+/g, '');
  if (!THAI_END.test(previous) || !THAI_START.test(next)) {
    return null;
  }
  const tail = previous.slice(-20);
  const boundaries = new Set([...words.segment(tail + next.slice(0, 20))].map((segment) => segment.index));
  return boundaries.has(tail.length) ? null : `${tail}|${next.slice(0, 20)}`;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The lines of each text block (a paragraph or a table cell) of a PDF, as poppler lays them out. */
function blockLines(file: string): string[][] {
  const layout = execFileSync('pdftotext', ['-bbox-layout', file, '-']).toString();
  return [...layout.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map(([, block = '']) =>
    [...block.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map(([, line = '']) =>
      [...line.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map(([, word = '']) => decode(word)).join(' '),
    ),
  );
}

/**
 * Line wraps inside a word, as "…before|after…": poppler's layout groups the lines of one paragraph
 * or table cell into a block, so only a wrap inside a block is compared, never the end of one block
 * with the start of the next.
 */
export function breaksInsideWords(file: string): string[] {
  return blockLines(file).flatMap((lines) =>
    lines.slice(1).flatMap((line, index) => wrapInsideWord(lines[index] ?? '', line) ?? []),
  );
}

/**
 * Words of `words` cut in two by a line end anywhere in the text layer, centred and right-aligned
 * lines included (poppler puts each of those in a block of its own). Any two lines in reading order
 * are compared, so only words that never span two paragraphs belong in the list.
 */
export function wordsCutByWraps(text: string, words: readonly string[]): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ''));
  return lines.slice(1).flatMap((next, index) => {
    const previous = lines[index] ?? '';
    return words.filter(
      (word) => (previous + next).includes(word) && !previous.includes(word) && !next.includes(word),
    );
  });
}

/**
 * Pages whose last line of text starts with one of the headings: a heading
 * stranded at the page foot with what it introduces on the next page.
 */
export function headingsAtPageFoot(pages: string[][], headings: readonly string[]): string[] {
  return pages.flatMap((lines, index) => {
    const last = lines.at(-1) ?? '';
    return headings.some((heading) => last.startsWith(heading)) && index < pages.length - 1
      ? [`page ${index + 1}: ${last}`]
      : [];
  });
}

/**
 * Pages whose first row under the repeated table header is a totals row: the total stranded apart
 * from the rows it sums. `header` is the repeated header line, `totals` the totals labels.
 */
export function totalsOpeningPage(pages: string[][], header: string, totals: readonly string[]): string[] {
  return pages.flatMap((lines, index) => {
    const first = lines[0] === header ? lines[1] : lines[0];
    return index > 0 && first !== undefined && totals.some((label) => first.startsWith(label))
      ? [`page ${index + 1}: ${first}`]
      : [];
  });
}
