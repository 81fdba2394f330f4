/**
 * Collects the parts of one tab (tables, section titles, settings cells, conditional rules,
 * widths) and hands back the SheetSpec. Shared by the three generators so every tab gets the
 * same direction, header look and width rules.
 */
import { isRightToLeft, type Lang } from '../../i18n/lang';
import type { Area, Block, ConditionalRule, SheetSpec, SpecCell, Style, TabKind, Validation } from '../../sheets/spec';
import type { Row, Table } from './table';

export const TITLE_STYLE = { bold: true } as const;
const DEFAULT_WIDTH = 100;

export class TabBuilder {
  private readonly blocks: Block[] = [];
  private readonly validations: { area: Area; rule: Validation }[] = [];
  private readonly styles: Style[] = [];
  private readonly conditionalRules: ConditionalRule[] = [];
  /** Pixels per column; a column no table widened gets DEFAULT_WIDTH. */
  private readonly widths: (number | undefined)[] = [];

  constructor(
    private readonly kind: TabKind,
    private readonly title: string,
    private readonly lang: Lang,
  ) {}

  /** A table's header and rows; its column widths widen the tab's columns where needed. */
  table<K extends string>(table: Table<K>, rows: Row<K>[]): this {
    const { block, validations, styles } = table.render(rows);
    this.blocks.push(block);
    this.validations.push(...validations);
    this.styles.push(...styles);
    table.columns.forEach((c, i) => this.widen(table.firstColumn + i, c.width));
    return this;
  }

  /** A bold one-cell heading, e.g. "Competitors" above their table. */
  heading(row: number, column: number, text: string): this {
    this.blocks.push({ row, column, cells: [[text]] });
    this.styles.push({ area: { row, column, numRows: 1, numColumns: 1 }, ...TITLE_STYLE });
    return this;
  }

  /** A labelled setting the formulas point at, e.g. "Audit every (months)" | 6. */
  setting(row: number, column: number, label: string, value: SpecCell, format: string | null, rule?: Validation): this {
    this.blocks.push({ row, column, cells: [[label, value]], columnFormats: [null, format] });
    this.styles.push({ area: { row, column, numRows: 1, numColumns: 1 }, ...TITLE_STYLE });
    if (rule) this.validations.push({ area: { row, column: column + 1, numRows: 1, numColumns: 1 }, rule });
    return this;
  }

  block(block: Block): this {
    this.blocks.push(block);
    return this;
  }

  style(style: Style): this {
    this.styles.push(style);
    return this;
  }

  validation(area: Area, rule: Validation): this {
    this.validations.push({ area, rule });
    return this;
  }

  conditional(rule: ConditionalRule): this {
    this.conditionalRules.push(rule);
    return this;
  }

  widen(column: number, width: number): this {
    while (this.widths.length < column) this.widths.push(undefined);
    this.widths[column - 1] = Math.max(this.widths[column - 1] ?? 0, width);
    return this;
  }

  build(frozenRows: number, rows: number): SheetSpec {
    return {
      kind: this.kind,
      title: this.title,
      rightToLeft: isRightToLeft(this.lang),
      frozenRows,
      columnWidths: this.widths.map((w) => w ?? DEFAULT_WIDTH),
      blocks: this.blocks,
      validations: this.validations,
      styles: this.styles,
      conditionalRules: this.conditionalRules,
      rows,
    };
  }
}
