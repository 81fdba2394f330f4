/** A1 notation: column letters, parsing `A1`, `A1:C3`, `A:C`, `2:5`, `'My tab'!B2`, and writing it back. */

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface ParsedA1 {
  sheetName?: string;
  /** undefined = open (whole column / whole row forms). */
  row?: number;
  column?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation; null when it is not valid. Open ends stay undefined for the caller to fill. */
export function parseA1(text: string): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined || !a) return null;
  const first = CELL.exec(a);
  const second = b === undefined ? first : CELL.exec(b);
  if (!first || !second) return null;
  const [, c1, r1] = first;
  const [, c2, r2] = second;
  if (!c1 && !r1) return null;
  if (b === undefined && (!c1 || !r1)) return null; // a single cell needs both
  const out: ParsedA1 = { sheetName };
  if (c1) out.column = columnNumber(c1);
  if (r1) out.row = Number(r1);
  if (c2) out.endColumn = columnNumber(c2);
  if (r2) out.endRow = Number(r2);
  if (out.row === 0 || out.endRow === 0) return null;
  return out;
}

export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
