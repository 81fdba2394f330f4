/**
 * The emulator's shared state for one fake Apps Script project: clock, call log, fault switches,
 * the realm errors are thrown in, and who is running. Every service object holds the same Env.
 */
import { Clock, makeDateClass } from './clock';
import { CallLog, Tracker, type Faults } from './calls';
import { UiLog } from './ui-log';

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

export interface EnvOptions {
  locale: string;
  timeZone: string;
  userEmail: string;
  now: string;
  mailQuota: number;
  htmlDir: string;
  spreadsheetName: string;
  addOn: boolean;
}

export class Env {
  readonly clock: Clock;
  readonly calls = new CallLog();
  readonly faults: Faults = { throwOn: new Map(), authorizationRequired: false, ungrantedScopes: new Set(), remoteCall: null };
  /** The Error constructor of the realm the add-on runs in (a vm context), so `instanceof Error` holds there. */
  errorClass: ErrorConstructor = Error;
  /** The mode the current execution runs in (onOpen may run in NONE, custom functions in CUSTOM_FUNCTION). */
  authMode: AuthModeName = 'FULL';
  activeUserEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  readonly options: EnvOptions;
  /** The add-on's `Date`: a host Date subclass reading the fake clock, local time = script time zone. */
  readonly Date: DateConstructor;
  /** Menus, sidebars, dialogs, alerts and toasts the add-on showed. */
  readonly ui = new UiLog();
  readonly tracker: Tracker;
  /** Optional formula evaluator a test installs; without one, formula cells read as "". */
  /** The script's custom functions (their names, upper case): their results spill like ARRAYFORMULA's. */
  customFunctions: ReadonlySet<string> = new Set();
  /** The Cloud project the script runs under (publishing moves it to a standard one); PROJECT metadata is per project. */
  cloudProject = 'default';
  evaluateFormula?: (formula: string, where: { sheet: string; row: number; column: number }) => unknown;
  private serial = 0;

  constructor(options: EnvOptions) {
    this.options = options;
    this.clock = new Clock(options.now);
    this.activeUserEmail = options.userEmail;
    this.effectiveUserEmail = options.userEmail;
    this.scriptTimeZone = options.timeZone;
    this.Date = makeDateClass(this.clock, () => this.scriptTimeZone);
    this.tracker = new Tracker(this);
  }

  /** True for a Date of any realm (the add-on's Date is a host subclass, but be lenient). */
  isDate(value: unknown): value is Date {
    return Object.prototype.toString.call(value) === '[object Date]';
  }

  makeDate(ms: number): Date {
    return new this.Date(ms);
  }

  /** Throws an Apps Script-like `Exception` (an Error named "Exception") in the add-on's realm. */
  fail(message: string): never {
    const error = new this.errorClass(message);
    error.name = 'Exception';
    throw error;
  }

  /** Deterministic ids (sheet ids, metadata ids, trigger ids, uuids) so snapshots are stable. */
  nextSerial(): number {
    this.serial += 1;
    return this.serial;
  }
}
