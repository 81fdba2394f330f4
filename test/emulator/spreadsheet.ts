/**
 * The spreadsheet: its tabs (unique names, case-insensitive, as in Sheets), the active tab, locale,
 * time zone, spreadsheet-level developer metadata, and toasts.
 */
import { parseA1 } from './a1';
import { Service } from './calls';
import type { Env } from './env';
import { addMetadata, DeveloperMetadataFinder, DeveloperMetadataLocation, type DeveloperMetadata, visibleMetadata } from './metadata';
import type { Range } from './range';
import { renameInFormula } from './rename';
import { Sheet } from './sheet';
import { isValidTimeZone } from './tz';

const MAX_SHEET_NAME = 100;

export class Spreadsheet extends Service {
  static override serviceName = 'Spreadsheet';
  _sheets: Sheet[] = [];
  _active!: Sheet;
  _activeRange: Range | null = null;
  _metadata: DeveloperMetadata[] = [];

  constructor(env: Env, readonly _id: string, public _name: string, public _locale: string, public _timeZone: string) {
    super(env);
    const first = new Sheet(env, this, 'Sheet1', 0);
    this._sheets.push(first);
    this._active = first;
  }

  getId() { return this._id; }
  getUrl() { return `https://docs.google.com/spreadsheets/d/${this._id}/edit`; }
  getName() { return this._name; }
  rename(name: string) { this._name = String(name); }
  getSpreadsheetLocale() { return this._locale; }
  setSpreadsheetLocale(locale: string) { this._locale = String(locale); }
  getSpreadsheetTimeZone() { return this._timeZone; }
  setSpreadsheetTimeZone(timeZone: string) {
    if (!isValidTimeZone(timeZone)) this._env.fail(`Invalid argument: timeZone (${timeZone})`);
    this._timeZone = timeZone;
  }

  // ── Tabs ──
  getSheets() { return [...this._sheets]; }
  getNumSheets() { return this._sheets.length; }
  getSheetByName(name: string) { return this._byName(String(name)) ?? null; }
  getSheetById(id: number) { return this._sheets.find((s) => s._id === id) ?? null; }
  getActiveSheet() { return this._active; }
  setActiveSheet(sheet: Sheet) {
    this._ownSheet(sheet);
    this._setActive(sheet, null);
    return sheet;
  }
  getActiveRange() { return this._activeRange; }
  getRange(a1: string) {
    const p = parseA1(String(a1));
    if (!p) return this._env.fail('Range not found');
    const sheet = p.sheetName !== undefined ? this._byName(p.sheetName) : this._active;
    if (!sheet) return this._env.fail('Range not found');
    const local = String(a1).slice(String(a1).lastIndexOf('!') + 1);
    return sheet._rangeA1(local);
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index), insertSheet(name, options),
   * insertSheet(name, index, options), insertSheet(options). The new tab becomes the active one.
   */
  insertSheet(...args: unknown[]) {
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
      else if (a && typeof a === 'object' && 'template' in (a as object)) this._env.fail('Emulator: insertSheet templates are not implemented.');
    }
    if (name === undefined) name = this._freeDefaultName();
    this._checkNewName(name, null);
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this._sheets.length)) {
      this._env.fail(`Invalid argument: sheetIndex (${index})`);
    }
    const sheet = new Sheet(this._env, this, name, this._env.nextSerial() * 104_729 + 11);
    this._sheets.splice(index ?? this._sheets.length, 0, sheet);
    this._setActive(sheet, null);
    return sheet;
  }
  deleteSheet(sheet: Sheet) {
    this._ownSheet(sheet);
    if (this._sheets.length <= 1) this._env.fail("You can't remove all the sheets in a document.");
    this._sheets.splice(this._sheets.indexOf(sheet), 1);
    if (this._active === sheet) this._setActive(this._sheets[0], null);
  }
  deleteActiveSheet() {
    const s = this._active;
    this.deleteSheet(s);
    return this._active;
  }

  // ── Developer metadata ──
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown) {
    addMetadata(this._env, this, new DeveloperMetadataLocation(this._env, this, null), key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata() { return visibleMetadata(this._env, this._metadata); }
  /** Finds metadata anywhere in the spreadsheet: on the spreadsheet and on every tab. */
  createDeveloperMetadataFinder() {
    return new DeveloperMetadataFinder(this._env, () => [...this._metadata, ...this._sheets.flatMap((s) => s._metadata)]);
  }

  toast(message: string, title?: string, timeoutSeconds?: number) {
    this._env.ui.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  // ── Internals ──
  _byName(name: string): Sheet | undefined {
    const wanted = name.toLowerCase();
    return this._sheets.find((s) => s._name.toLowerCase() === wanted);
  }

  _checkNewName(name: unknown, self: Sheet | null): void {
    if (typeof name !== 'string' || name.trim() === '') this._env.fail('Invalid argument: sheetName');
    if (name.length > MAX_SHEET_NAME) this._env.fail(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
    const existing = this._byName(name);
    if (existing && existing !== self) this._env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** A tab was renamed: formulas naming it follow, on every tab (as in Sheets). */
  _renameReferences(from: string, to: string): void {
    for (const sheet of this._sheets) {
      for (const row of sheet._grid) {
        if (!row) continue;
        for (const cell of row) {
          if (cell?.formula !== undefined && !cell.accidentalFormula) cell.formula = renameInFormula(cell.formula, from, to);
        }
      }
    }
  }

  _setActive(sheet: Sheet, range: Range | null): void {
    this._active = sheet;
    this._activeRange = range;
  }

  private _ownSheet(sheet: unknown): void {
    if (!(sheet instanceof Sheet) || !this._sheets.includes(sheet)) this._env.fail('Invalid argument: sheet');
  }

  private _freeDefaultName(): string {
    for (let n = this._sheets.length + 1; ; n += 1) if (!this._byName(`Sheet${n}`)) return `Sheet${n}`;
  }
}
