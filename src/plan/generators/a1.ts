/**
 * A1 notation for the formulas the generators write: column letters, cell and range references.
 * Formulas only ever point at cells; user text is never spliced into them.
 */

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface RefOptions {
  /** `$A` — stays on this column when the formula is copied sideways. */
  fixColumn?: boolean;
  /** `A$1` — stays on this row when the formula is copied down. */
  fixRow?: boolean;
}

/** `B7`, `$B7`, `B$7` or `$B$7`. */
export function cellRef(row: number, column: number, options: RefOptions = {}): string {
  return `${options.fixColumn ? '$' : ''}${columnLetter(column)}${options.fixRow ? '$' : ''}${row}`;
}

/** `$B$7`: a settings cell every row's formula points at. */
export function fixedRef(row: number, column: number): string {
  return cellRef(row, column, { fixColumn: true, fixRow: true });
}

/** One column from `fromRow` to `toRow`, e.g. `D5:D40` (or `$D$5:$D$40` when fixed). */
export function columnRange(column: number, fromRow: number, toRow: number, fixed = false): string {
  const opts = { fixColumn: fixed, fixRow: fixed };
  return `${cellRef(fromRow, column, opts)}:${cellRef(toRow, column, opts)}`;
}

/** A whole column, e.g. `$D:$D`: follows rows the user appends below the generated ones. */
export function wholeColumn(column: number): string {
  const letter = columnLetter(column);
  return `$${letter}:$${letter}`;
}
