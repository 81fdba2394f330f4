/**
 * An Excel workbook (.xlsx) read in the dialog with read-excel-file, so dist/Code.js carries no
 * xlsx reader: the first sheet that reads as an export (LinkedIn puts its posts on the second)
 * is turned into CSV text, every cell quoted, and sent like a CSV. Dates are written as the
 * workbook shows them (no zone), numbers as numbers.
 */
import { readTable } from '../src/import/csv';

export type Cell = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    // read-excel-file gives a workbook's date as that wall-clock time in UTC.
    const day = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return cell.getUTCHours() || cell.getUTCMinutes() ? `${day} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` : day;
  }
  return String(cell);
}

export function rowsToCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map((c) => `"${cellText(c).replace(/"/g, '""')}"`).join(',')).join('\r\n');
}

/** The CSV of the first sheet holding an export, else of the first sheet. */
export function workbookToCsv(sheets: readonly { data: readonly (readonly Cell[])[] }[]): string {
  const texts = sheets.map((s) => rowsToCsv(s.data));
  return texts.find((t) => readTable(t) !== null) ?? texts[0] ?? '';
}
