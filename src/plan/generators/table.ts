/**
 * A table on a tab: a header row over data rows, each column with its header text, width, number
 * format and validation. All three generators lay out their tables with it, so header rows,
 * per-column formats and validations are made one way, and formulas find columns by name.
 */
import type { Area, Block, SpecCell, Style, Validation } from '../../sheets/spec';
import { cellRef, columnRange, wholeColumn, type RefOptions } from './a1';

export interface Column<K extends string> {
  key: K;
  header: string;
  /** Width in pixels. */
  width: number;
  /** Number format of the data cells (the header keeps the sheet's default). */
  format?: string;
  validation?: Validation;
  /** Filled by a formula: shaded, so people type in the white columns and leave these be. */
  computed?: boolean;
  /** Long text the marketer writes (copy, links): wrapped, so it shows whole. */
  wrap?: boolean;
}

/** The same column, computed by a formula: shaded, and without the input's validation. */
export function computed<K extends string>(column: Column<K>): Column<K> {
  const { validation: _dropped, ...rest } = column;
  return { ...rest, computed: true };
}

/** One data row: a cell per column key; a missing key is an empty cell. */
export type Row<K extends string> = Partial<Record<K, SpecCell>>;

export const HEADER_STYLE = { bold: true, background: '#e8eaf6', wrap: true } as const;
export const COMPUTED_STYLE = { background: '#f3f3f3' } as const;

export class Table<K extends string> {
  readonly firstRow: number;
  readonly lastRow: number;
  private readonly index = new Map<K, number>();

  /**
   * @param headerRow the sheet row of the headers; data starts on the next row
   * @param dataRows how many data rows the table holds (spare rows for the user's additions included)
   */
  constructor(
    readonly columns: Column<K>[],
    readonly headerRow: number,
    readonly dataRows: number,
    readonly firstColumn = 1,
  ) {
    columns.forEach((c, i) => this.index.set(c.key, firstColumn + i));
    this.firstRow = headerRow + 1;
    this.lastRow = headerRow + Math.max(dataRows, 1);
  }

  /** The sheet column of a key. */
  col(key: K): number {
    const column = this.index.get(key);
    if (column === undefined) throw new Error(`No column ${key}`);
    return column;
  }

  /** A cell of this table, e.g. `ref('followers', 5)` → `H5`. */
  ref(key: K, row: number, options?: RefOptions): string {
    return cellRef(row, this.col(key), options);
  }

  /** The column's data cells, e.g. `H5:H40`; `fixed` gives `$H$5:$H$40` for formulas copied elsewhere. */
  range(key: K, fixed = false): string {
    return columnRange(this.col(key), this.firstRow, this.lastRow, fixed);
  }

  /** The whole sheet column, e.g. `$H:$H`, for counts that should follow rows appended below. */
  wholeColumn(key: K): string {
    return wholeColumn(this.col(key));
  }

  /** The data cells of one column as an Area. */
  area(key: K): Area {
    return { row: this.firstRow, column: this.col(key), numRows: this.dataRows, numColumns: 1 };
  }

  /** The header row and the rows as one block, with the columns' formats, validations and header style. */
  render(rows: Row<K>[]): { block: Block; validations: { area: Area; rule: Validation }[]; styles: Style[] } {
    if (rows.length !== this.dataRows) throw new Error(`Table expects ${this.dataRows} rows, got ${rows.length}`);
    const cells: SpecCell[][] = new Array(rows.length + 1);
    cells[0] = this.columns.map((c) => c.header);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const line: SpecCell[] = new Array(this.columns.length);
      for (let c = 0; c < this.columns.length; c++) line[c] = row[this.columns[c].key] ?? null;
      cells[r + 1] = line;
    }
    const block: Block = {
      row: this.headerRow,
      column: this.firstColumn,
      cells,
      // The header row shares the block, so its format would follow the column's: the renderer
      // formats whole blocks per column, and a text header is not changed by a number format.
      columnFormats: this.columns.map((c) => c.format ?? null),
    };
    const validations =
      this.dataRows === 0
        ? []
        : this.columns
            .filter((c) => c.validation !== undefined)
            .map((c) => ({ area: this.area(c.key), rule: c.validation as Validation }));
    const styles: Style[] = [
      { area: { row: this.headerRow, column: this.firstColumn, numRows: 1, numColumns: this.columns.length }, ...HEADER_STYLE },
      ...(this.dataRows === 0 ? [] : this.columns.filter((c) => c.computed).map((c) => ({ area: this.area(c.key), ...COMPUTED_STYLE }))),
      ...(this.dataRows === 0 ? [] : this.columns.filter((c) => c.wrap).map((c) => ({ area: this.area(c.key), wrap: true }))),
    ];
    return { block, validations, styles };
  }
}
