/**
 * The preview's chart layer: each embedded chart of a tab as plain data for the page to draw (type,
 * title, options, anchor, and its series with the values HyperFormula computed for their cells),
 * and SPARKLINE cells turned into a line of block characters (the engine has no SPARKLINE).
 * Added to the view of a tab; the grid itself is view.ts's.
 */
import type { Sheet } from '../../test/emulator/sheet';
import type { ViewSheet } from './view';
import type { Computed, Workbook } from './workbook';

export interface ViewChart {
  type: string;
  title: string;
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  options: Record<string, unknown>;
  /** The domain's labels (dates as their cell's text). */
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
}

function number(v: Computed | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The text a cell of the grid shows, else its computed value as text. */
function label(view: ViewSheet | null, sheet: Sheet, workbook: Workbook, row: number, column: number): string {
  const shown = view?.rows[row - 1]?.[column - 1]?.text;
  if (shown) return shown;
  const v = workbook.value(sheet._name, row, column);
  return v === null || v === undefined || typeof v === 'object' ? '' : String(v);
}

export function viewCharts(sheet: Sheet, workbook: Workbook, view: ViewSheet | null): ViewChart[] {
  return sheet._charts._charts.map((chart) => {
    const s = chart._state;
    const [domain, ...rest] = s.ranges;
    const rows = domain ? domain._numRows - 1 : 0;
    const at = (r: typeof domain, i: number, c: number) => workbook.value(r._sheet._name, r._row + 1 + i, r._column + c);
    const labels = domain ? Array.from({ length: rows }, (_, i) => label(view, domain._sheet, workbook, domain._row + 1 + i, domain._column)) : [];
    const series = rest.flatMap((r) =>
      Array.from({ length: r._numColumns }, (_, c) => ({
        name: label(view, r._sheet, workbook, r._row, r._column + c),
        values: Array.from({ length: rows }, (_, i) => number(at(r, i, c))),
      })),
    );
    // Rows with neither a label nor a value are left out, as Sheets leaves out empty rows.
    const keep = labels.map((l, i) => l !== '' || series.some((x) => x.values[i] !== null));
    const options = Object.fromEntries(s.options);
    return {
      type: s.type ?? 'COLUMN',
      title: String(options.title ?? ''),
      anchorRow: s.anchorRow,
      anchorColumn: s.anchorColumn,
      width: Number(options.width ?? 600),
      height: Number(options.height ?? 370),
      options,
      labels: labels.filter((_, i) => keep[i]),
      series: series.map((x) => ({ name: x.name, values: x.values.filter((_, i) => keep[i]) })),
    };
  });
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A SPARKLINE cell drawn as block characters from the range it reads (its first range argument). */
export function drawSparklines(sheet: Sheet, workbook: Workbook, view: ViewSheet): void {
  sheet._grid.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const m = cell?.formula && /SPARKLINE\(.*?\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/.exec(cell.formula);
      const shown = view.rows[r]?.[c];
      if (!m || !shown) return;
      const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const values: number[] = [];
      for (let i = Number(m[2]); i <= Number(m[4]); i += 1) {
        const v = number(workbook.value(sheet._name, i, column));
        if (v !== null) values.push(v);
      }
      const min = Math.min(...values);
      const max = Math.max(...values);
      const line = values.map((v) => BLOCKS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))]).join('');
      shown.text = line; // in a right-to-left cell the first (oldest) is drawn on the right, as the rtl option asks
      delete shown.uncomputed;
      delete shown.error;
    }),
  );
}
