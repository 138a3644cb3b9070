/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (Excel and LibreOffice then read Thai
 * as UTF-8 instead of the Windows code page), CRLF line ends (RFC 4180), every text cell quoted
 * when it needs to be. A text cell starting with = + - @ would run as a formula when opened, so it
 * gets a leading apostrophe; numbers are written as they are.
 */
export const UTF8_BOM = '\uFEFF';

type Cell = string | number | null;

function cellText(value: Cell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header line and one line per row, columns in the order given. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[]): string {
  const lines = [
    columns.map(cellText),
    ...rows.map((row) => columns.map((column) => cellText(row[column] ?? null))),
  ];
  return UTF8_BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
