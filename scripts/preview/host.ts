/**
 * The add-on behind the local preview: the built dist/Code.js in node:vm against the in-memory
 * Apps Script emulator (test/support/bundle.ts), plus a plain view of the emulated spreadsheet
 * with formula values computed by HyperFormula where it can. scripts/preview.mjs bundles this
 * file with esbuild at start-up (it is TypeScript, like the emulator it drives).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayValue } from '../../test/emulator/display';
import { snapshot, type CellSnapshot, type SheetSnapshot } from '../../test/emulator/snapshot';
import { loadAddOn, type AddOn } from '../../test/support/bundle';
import { evaluateSpec } from '../../test/support/formula-engine';
import type { SheetSpec, SpecCell } from '../../src/sheets/spec';

export interface HostOptions {
  /** The project root (dist/ is read from there). */
  root: string;
  /** Spreadsheet locale: en_US, ar_SA, fa_IR, he_IL… */
  locale?: string;
  timeZone?: string;
  now?: string;
}

export interface ViewCell {
  /** What the cell shows: its display value, or the computed value of its formula. */
  text: string;
  formula?: string;
  /** The formula could not be computed here (another tab's cells, a function the engine lacks). */
  uncomputed?: true;
  dropdown?: string[];
  checkbox?: boolean;
  bold?: true;
  background?: string;
  fontColor?: string;
  wrap?: true;
  note?: string;
}

export interface ViewSheet {
  name: string;
  sheetId: number;
  rightToLeft: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  rows: (ViewCell | null)[][];
}

export interface View {
  name: string;
  locale: string;
  activeSheet: string;
  /** Every tab, in order. */
  tabs: { name: string; sheetId: number; rightToLeft: boolean }[];
  /** The cells of one tab (the one asked for, else the active one): computing is per tab. */
  sheet: ViewSheet | null;
  menu: { caption: string; functionName: string }[];
  /** What the add-on showed besides the sidebar: alerts, toasts, dialogs (titles only). */
  messages: string[];
  mail: { to: string; subject: string }[];
  triggers: { handler: string; kind: string }[];
}

export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Our tabs' formulas rarely reach other tabs; those (and errors) show as uncomputed. */
function computedValues(sheet: SheetSnapshot): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const formulas = sheet.cells.some((row) => row.some((c) => c?.formula));
  if (!formulas) return values;
  const cells: SpecCell[][] = sheet.cells.map((row) =>
    row.map((c) => {
      if (!c) return null;
      if (c.formula) return { formula: c.formula };
      return c.value;
    }),
  );
  const spec = { blocks: [{ row: 1, column: 1, cells }] } as unknown as SheetSpec;
  try {
    const evaluated = evaluateSpec(spec);
    sheet.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.formula) values.set(`${r + 1}:${col + 1}`, evaluated.at(r + 1, col + 1));
      }),
    );
  } catch {
    // A sheet the engine cannot load keeps its formulas shown uncomputed.
  }
  return values;
}

function viewCell(c: CellSnapshot, computed: unknown): ViewCell {
  const out: ViewCell = { text: c.display };
  if (c.formula) {
    out.formula = c.formula;
    const failed = computed === undefined || (typeof computed === 'string' && computed.startsWith('#'));
    if (failed) {
      out.text = typeof computed === 'string' ? computed : '';
      out.uncomputed = true;
    } else {
      out.text = displayValue({ formula: c.formula, numberFormat: c.format } as never, computed);
    }
  }
  if (c.validation?.type === 'VALUE_IN_LIST') out.dropdown = c.validation.values.flat().map(String);
  if (c.validation?.type === 'CHECKBOX') out.checkbox = c.value === true;
  if (c.bold) out.bold = true;
  if (c.background) out.background = c.background;
  if (c.fontColor) out.fontColor = c.fontColor;
  if (c.wrap) out.wrap = true;
  if (c.note) out.note = c.note;
  return out;
}

export function createHost(options: HostOptions) {
  let addOn: AddOn;
  let locale = options.locale ?? 'en_US';
  let names = new Set<string>();

  function start(): void {
    const code = readFileSync(join(options.root, 'dist/Code.js'), 'utf8');
    // Apps Script lets google.script.run reach the top-level functions (not those ending in _).
    names = new Set(Array.from(code.matchAll(/^function ([A-Za-z]\w*)\(/gm), (m) => m[1]).filter((n) => !n.endsWith('_')));
    addOn = loadAddOn({ code, htmlDir: join(options.root, 'dist'), locale, timeZone: options.timeZone, now: options.now });
    addOn.open('NONE');
  }
  start();

  return {
    get addOn(): AddOn {
      return addOn;
    },
    /** The functions the sidebar may call, as google.script.run exposes them. */
    functionNames(): string[] {
      return Array.from(names).sort();
    },
    reset(nextLocale?: string): void {
      if (nextLocale) locale = nextLocale;
      start();
    },
    /** A google.script.run call: JSON in, JSON out, errors as their message. */
    run(name: string, args: unknown[]): RunResult {
      if (!names.has(name)) return { ok: false, error: `Script function not found: ${name}` };
      try {
        return { ok: true, value: addOn.serverCall(name, ...args) };
      } catch (e) {
        return { ok: false, error: e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e) };
      }
    },
    /** A click on an add-on menu item; returns what it opened. */
    clickMenu(functionName: string): { opened: 'sidebar' | 'dialog' | 'none'; error?: string } {
      const item = addOn.emulator.ui.addonMenuItems().find((i) => i.functionName === functionName);
      if (!item) return { opened: 'none', error: `No menu item runs ${functionName}` };
      const sidebars = addOn.emulator.ui.sidebars.length;
      const dialogs = addOn.emulator.ui.dialogs.length;
      try {
        addOn.clickMenu(item.caption);
      } catch (e) {
        return { opened: 'none', error: String((e as Error).message ?? e) };
      }
      if (addOn.emulator.ui.sidebars.length > sidebars) return { opened: 'sidebar' };
      if (addOn.emulator.ui.dialogs.length > dialogs) return { opened: 'dialog' };
      return { opened: 'none' };
    },
    /** The last sidebar or dialog the add-on showed (HTML and title), opening the wizard if none yet. */
    shown(kind: 'sidebar' | 'dialog'): { title: string; content: string } | null {
      const ui = addOn.emulator.ui;
      if (kind === 'sidebar' && ui.sidebars.length === 0) this.clickMenu('showSidebar');
      const list = kind === 'sidebar' ? ui.sidebars : ui.dialogs;
      const last = list[list.length - 1];
      return last ? { title: last.title, content: last.content } : null;
    },
    view(selected?: string): View {
      const snap = snapshot(addOn.emulator.spreadsheet);
      const ui = addOn.emulator.ui;
      const shown = snap.sheets.find((x) => x.name === selected) ?? snap.sheets.find((x) => x.name === snap.activeSheet) ?? null;
      const computed = shown ? computedValues(shown) : new Map<string, unknown>();
      return {
        name: snap.name,
        locale: snap.locale,
        activeSheet: snap.activeSheet,
        tabs: snap.sheets.map((x) => ({ name: x.name, sheetId: x.sheetId, rightToLeft: x.rightToLeft })),
        sheet: shown && {
          name: shown.name,
          sheetId: shown.sheetId,
          rightToLeft: shown.rightToLeft,
          frozenRows: shown.frozenRows,
          frozenColumns: shown.frozenColumns,
          columnWidths: shown.columnWidths,
          rows: shown.cells.map((row, r) => row.map((c, col) => (c ? viewCell(c, computed.get(`${r + 1}:${col + 1}`)) : null))),
        },
        menu: ui.addonMenuItems(),
        messages: [
          ...ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
          ...ui.toasts.map((t) => [t.title, t.message].filter(Boolean).join(': ')),
          ...ui.dialogs.map((d) => d.title),
        ],
        mail: addOn.emulator.mail.sent.map((m) => ({ to: m.to.join(', '), subject: m.subject })),
        triggers: addOn.emulator.triggers.list.map((t) => ({ handler: t.handler, kind: t.eventType })),
      };
    },
  };
}

export type Host = ReturnType<typeof createHost>;
