/**
 * The add-on behind the local preview: the built dist/Code.js in node:vm against the in-memory
 * Apps Script emulator (test/support/bundle.ts), the spreadsheet's formulas computed in one
 * HyperFormula workbook (workbook.ts), the user's edits (edit.ts) and a plain view of a tab
 * (view.ts). scripts/preview.mjs bundles this file with esbuild at start-up (it is TypeScript,
 * like the emulator it drives).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialFromInstant } from '../../test/emulator/tz';
import { loadAddOn, type AddOn, type TriggerRun } from '../../test/support/bundle';
import type { PreviewClock } from './clock';
import { userEdit, type EditResult } from './edit';
import { drawSparklines, viewCharts, type ViewChart } from './charts';
import { viewSheet, type ViewSheet } from './view';
import { Workbook } from './workbook';

export { previewClock } from './clock';
export type { ViewCell, ViewSheet } from './view';

export interface HostOptions {
  /** The project root (dist/ is read from there). */
  root: string;
  /** Spreadsheet locale: en_US, ar_SA, fa_IR, he_IL… */
  locale?: string;
  /** The user's account language (en, ar, fa, he), apart from the spreadsheet's; default: the locale's. */
  userLocale?: string;
  /** The machine's clock, or a pinned one (scripts/preview/clock.ts). */
  clock: PreviewClock;
}

export interface View {
  name: string;
  locale: string;
  /** The user's account language, or '' when it follows the spreadsheet's locale. */
  userLocale: string;
  timeZone: string;
  activeSheet: string;
  /** Every tab, in order. */
  tabs: { name: string; sheetId: number; rightToLeft: boolean }[];
  /** The cells of one tab (the one asked for, else the active one): computing is per tab. */
  sheet: ViewSheet | null;
  /** The embedded charts of that tab, with the values their ranges compute to (charts.ts). */
  charts: ViewChart[];
  menu: { caption: string; functionName: string }[];
  /** What the add-on showed besides the sidebar: alerts, toasts, dialogs (titles only). */
  messages: string[];
  mail: { to: string; subject: string }[];
  triggers: { handler: string; kind: string }[];
  /** The emulated spreadsheet's now, ISO, and whether it follows the machine's clock. */
  now: string;
  liveClock: boolean;
  /** Time-driven triggers that fired as the clock moved on (the latest few). */
  fired: { handler: string; at: string; error?: string }[];
}

export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

export function createHost(options: HostOptions) {
  let addOn: AddOn;
  let locale = options.locale ?? 'en_US';
  let userLocale = options.userLocale ?? '';
  let names = new Set<string>();
  let fired: TriggerRun[] = [];
  let workbook: Workbook;
  /** Bumped whenever cells may have changed; the views of tabs are kept until then. */
  let revision = 0;
  const views = new Map<string, { key: string; sheet: ViewSheet }>();
  const nowSerial = () => serialFromInstant(addOn.emulator.clock.now().getTime(), addOn.emulator.spreadsheet._timeZone);

  /** The add-on ran, the user typed, the clock moved: cells may have changed (the workbook catches up when next drawn). */
  function changed(): void {
    revision += 1;
  }
  let refreshedFor = '';
  function computed(): Workbook {
    const key = `${revision}:${Math.floor(nowSerial())}`;
    if (key !== refreshedFor) workbook.refresh();
    refreshedFor = key;
    return workbook;
  }

  function start(): void {
    const code = readFileSync(join(options.root, 'dist/Code.js'), 'utf8');
    // Apps Script lets google.script.run reach the top-level functions (not those ending in _).
    names = new Set(Array.from(code.matchAll(/^function ([A-Za-z]\w*)\(/gm), (m) => m[1]).filter((n) => !n.endsWith('_')));
    addOn = loadAddOn({ code, htmlDir: join(options.root, 'dist'), locale, userLocale: userLocale || undefined, timeZone: options.clock.timeZone, now: options.clock.nowIso() });
    fired = [];
    workbook = new Workbook(addOn.emulator.spreadsheet, nowSerial);
    refreshedFor = '';
    addOn.open('NONE');
    changed();
  }
  start();

  /** On the machine's clock, time moves between requests: the triggers due meanwhile fire, as in Apps Script. */
  function sync(): void {
    if (!options.clock.live) return;
    const now = options.clock.nowIso();
    if (Date.parse(now) <= addOn.emulator.clock.now().getTime()) return;
    const runs = addOn.runTriggers(now);
    if (runs.length) {
      fired = fired.concat(runs).slice(-20);
      changed();
    }
  }

  return {
    get addOn(): AddOn {
      return addOn;
    },
    /** The spreadsheet's and script's time zone (the machine's unless PREVIEW_TZ names one). */
    timeZone: options.clock.timeZone,
    /** The functions the sidebar may call, as google.script.run exposes them. */
    functionNames(): string[] {
      return Array.from(names).sort();
    },
    /** A fresh spreadsheet; `nextUserLocale` '' makes the user's language follow the spreadsheet's again. */
    reset(nextLocale?: string, nextUserLocale?: string): void {
      if (nextLocale) locale = nextLocale;
      if (nextUserLocale !== undefined) userLocale = nextUserLocale;
      start();
    },
    /** A google.script.run call: JSON in, JSON out, errors as their message. */
    run(name: string, args: unknown[]): RunResult {
      if (!names.has(name)) return { ok: false, error: `Script function not found: ${name}` };
      sync();
      try {
        return { ok: true, value: addOn.serverCall(name, ...args) };
      } catch (e) {
        return { ok: false, error: e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e) };
      } finally {
        // Saving the wizard's draft writes document properties only, never a cell.
        if (name !== 'saveWizard' && name !== 'loadWizard') changed();
      }
    },
    /** The user types `input` into a cell (or ticks a checkbox): Sheets' rules, then the formulas recomputed. */
    edit(sheetName: string, row: number, column: number, input: string | boolean): EditResult {
      sync();
      const result = userEdit(addOn, sheetName, row, column, input);
      if (!result.ok) return result;
      changed();
      return result;
    },
    /** A click on a tab along the bottom: it becomes the active sheet, as in Sheets. */
    activate(sheetName: string): { ok: boolean } {
      const sheet = addOn.emulator.spreadsheet._sheets.find((x) => x._name === sheetName && !x._hidden);
      if (!sheet) return { ok: false };
      addOn.emulator.spreadsheet._setActive(sheet, null);
      return { ok: true };
    },
    /** A click on an add-on menu item; returns what it opened. */
    clickMenu(functionName: string): { opened: 'sidebar' | 'dialog' | 'none'; error?: string } {
      const item = addOn.emulator.ui.addonMenuItems().find((i) => i.functionName === functionName);
      if (!item) return { opened: 'none', error: `No menu item runs ${functionName}` };
      sync();
      const sidebars = addOn.emulator.ui.sidebars.length;
      const dialogs = addOn.emulator.ui.dialogs.length;
      try {
        addOn.clickMenu(item.caption);
      } catch (e) {
        return { opened: 'none', error: String((e as Error).message ?? e) };
      } finally {
        changed();
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
      sync();
      const ss = addOn.emulator.spreadsheet;
      const ui = addOn.emulator.ui;
      // Hidden tabs are not drawn, as in Sheets (their names are in View › Hidden sheets there).
      const visible = ss._sheets.filter((x) => !x._hidden);
      const shown = visible.find((x) => x._name === selected) ?? visible.find((x) => x === ss._active) ?? visible[0] ?? null;
      let sheet: ViewSheet | null = null;
      if (shown) {
        const wb = computed();
        const key = `${revision}:${wb.version}`;
        const cached = views.get(shown._name);
        if (cached?.key === key) sheet = cached.sheet;
        else {
          sheet = viewSheet(shown, wb);
          drawSparklines(shown, wb, sheet);
          views.set(shown._name, { key, sheet });
        }
      }
      return {
        name: ss._name,
        locale: ss._locale,
        userLocale,
        timeZone: ss._timeZone,
        // A hidden active tab (one being built) is not drawn: the page follows the tab it is shown.
        activeSheet: ss._active._hidden ? (shown?._name ?? ss._active._name) : ss._active._name,
        tabs: visible.map((x) => ({ name: x._name, sheetId: x._id, rightToLeft: x._rightToLeft })),
        sheet,
        charts: shown ? viewCharts(shown, computed(), sheet) : [],
        menu: ui.addonMenuItems(),
        messages: [
          ...ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
          ...ui.toasts.map((t) => [t.title, t.message].filter(Boolean).join(': ')),
          ...ui.dialogs.map((d) => d.title),
        ],
        mail: addOn.emulator.mail.sent.map((m) => ({ to: m.to.join(', '), subject: m.subject })),
        triggers: addOn.emulator.triggers.list.map((t) => ({ handler: t.handler, kind: t.eventType })),
        now: addOn.emulator.clock.nowIso(),
        liveClock: options.clock.live,
        fired: fired.slice(-3),
      };
    },
  };
}

export type Host = ReturnType<typeof createHost>;
