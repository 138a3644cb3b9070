import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { Page } from '../../../domain/common/paging.js';
import { fileResponse, MEDIA_TYPES, responses } from '../http/responses.js';
import {
  cellValue,
  FIRST_DATA_ROW,
  KEY_ROW,
  writeHeaderRows,
  type SheetCell,
  type SheetColumn,
} from './write.js';

/** The largest page a list service hands out; an export walks the list in pages of this size. */
const PAGE_SIZE = 500;

export type ListExport<T> = {
  sheetName: string;
  columns: readonly SheetColumn[];
  /** The list service itself (same authorization, row-level security and filters as the screen). */
  fetchPage: (paging: { limit: number; offset: number }) => Promise<Page<T>>;
  toRow: (item: T) => Record<string, SheetCell>;
};

/**
 * Streams a whole list as an .xlsx, page by page, so memory stays flat however long the list is.
 * The first page is read before anything is sent, so a refusal (403, 400) is still a problem+json
 * response rather than a broken download.
 */
export async function streamListWorkbook<T>(list: ListExport<T>): Promise<Readable> {
  const first = await list.fetchPage({ limit: PAGE_SIZE, offset: 0 });
  // Loaded on first use: exceljs costs about a quarter of a second at start-up.
  const { stream } = (await import('exceljs')).default;
  const output = new PassThrough();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = 'AreaPlan';
  const sheet = workbook.addWorksheet(list.sheetName, { views: [{ state: 'frozen', ySplit: KEY_ROW }] });
  writeHeaderRows(sheet, list.columns);
  const write = async () => {
    let page = first;
    let offset = 0;
    let rowNumber = FIRST_DATA_ROW;
    for (;;) {
      for (const item of page.items) {
        const values = list.toRow(item);
        const row = sheet.getRow(rowNumber);
        list.columns.forEach((column, index) => {
          row.getCell(index + 1).value = cellValue(values[column.key], column.kind ?? 'text');
        });
        row.commit();
        rowNumber += 1;
      }
      offset += page.items.length;
      if (page.items.length < PAGE_SIZE || offset >= page.total) {
        break;
      }
      page = await list.fetchPage({ limit: PAGE_SIZE, offset });
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return output;
}

/** The route schema of a list export: the list's filters in, an .xlsx (or a problem) out. */
export function listExportSchema<Query>(tags: string[], summary: string, querystring: Query) {
  return {
    tags,
    summary,
    querystring,
    response: responses(
      { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
      { errors: [400, 401, 403] },
    ),
  };
}

/** Sends a list export as a download named `fileName` (ASCII, e.g. `areas.xlsx`). */
export async function sendListWorkbook<T>(reply: FastifyReply, fileName: string, list: ListExport<T>) {
  const body = await streamListWorkbook(list);
  return reply
    .type(MEDIA_TYPES.xlsx)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(body);
}
