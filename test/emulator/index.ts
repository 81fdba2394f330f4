/**
 * createAppsScript(): a fresh in-memory Apps Script project bound to one spreadsheet. `globals` are
 * the services to hand to loadBundle (scripts/lib/vm-bundle.mjs); `emulator` is the test's window
 * on the state (cells, calls, mail, triggers, properties, UI, clock) and its fault switches.
 * Read docs/emulator.md for the short tour.
 */
import { fileURLToPath } from 'node:url';
import type { CallLog } from './calls';
import { Charts } from './charts';
import { Env, type AuthModeName } from './env';
import { HtmlService } from './html';
import { LockService, newLockStates, type LockScope, type LockState } from './lock';
import { MailApp, MailState, type SentMail } from './mail';
import { PropertiesService, PropertyStore } from './properties';
import { ScriptApp, TriggerState, type TriggerRecord } from './script-app';
import { Session } from './session';
import { Spreadsheet } from './spreadsheet';
import { SpreadsheetApp } from './spreadsheet-app';
import { Ui } from './ui';
import type { UiLog } from './ui-log';
import { Utilities } from './utilities';

export interface AppsScriptOptions {
  /** Spreadsheet locale, e.g. "en_US", "fa_IR", "ar_SA", "he_IL". Default "en_US". */
  locale?: string;
  /** Script and spreadsheet time zone, e.g. "Asia/Tehran". Default "Etc/UTC". */
  timeZone?: string;
  /**
   * The user's language (their Google account's) for Session.getActiveUserLocale(): in Sheets a
   * different thing from the spreadsheet's locale. Default: the spreadsheet locale's language at
   * creation; it does not follow later changes of the spreadsheet's locale.
   */
  userLocale?: string;
  userEmail?: string;
  /** Fake clock start, ISO. Default 2026-01-05T09:00:00Z. */
  now?: string;
  /** MailApp recipients per day. Default 100 (consumer account). */
  mailQuota?: number;
  /** Where createHtmlOutputFromFile reads <name>.html. Default dist/. */
  htmlDir?: string;
  spreadsheetName?: string;
  /** The script's custom functions: a formula calling one with ranges spills (getLastRow counts it). */
  customFunctions?: string[];
  /** Apply the add-on trigger rules (one per type per document, at most hourly). Default true. */
  addOn?: boolean;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Date: DateConstructor;
}

export interface Emulator {
  /** The spreadsheet, uncounted: the same API as the add-on's, for tests to set up and read back. */
  spreadsheet: Spreadsheet;
  /** The spreadsheet as the add-on sees it (counted), typed as Apps Script's. */
  countedSpreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  calls: CallLog;
  resetCalls(): void;
  ui: UiLog;
  mail: {
    sent: SentMail[];
    remainingToday(): number;
    setDailyQuota(n: number): void;
    /** Spend what is left of today's quota. */
    exhaust(): void;
  };
  triggers: {
    list: TriggerRecord[];
    /** Whether getUserTriggers(spreadsheet) lists clock triggers (undocumented; default yes). */
    setUserTriggersListClock(listed: boolean): void;
    /** Clock triggers firing in (from, to], sorted. */
    due(fromIso: string, toIso: string): { trigger: TriggerRecord; at: string }[];
  };
  properties: {
    document: PropertyStore;
    script: PropertyStore;
    user(email?: string): PropertyStore;
  };
  locks: Record<LockScope, LockState> & {
    /** Another execution holds the lock; it lets go after `attempts` failed tries (default: never). */
    holdByOther(scope: LockScope, attempts?: number): void;
    /** getDocumentLock() returns null while unavailable, as the docs allow. */
    setDocumentLockAvailable(available: boolean): void;
    releaseAll(): void;
  };
  clock: {
    now(): Date;
    nowIso(): string;
    setNow(iso: string): void;
    advanceDays(days: number): void;
    advanceHours(hours: number): void;
    advanceMinutes(minutes: number): void;
  };
  faults: {
    /** `Service.method` throws (message) once it has succeeded `after` times; `once` makes it throw a single time. */
    throwOn(method: string, options?: { after?: number; message?: string; once?: boolean }): void;
    clearThrows(): void;
    /** The n-th call that reaches Google from now on (1 = the next) throws `message`, once; 0 switches it off. */
    failRemoteCall(n: number, message?: string): void;
    /** Every service call but Session/Utilities/getAuthorizationInfo throws "Authorization is required…". */
    setAuthorizationRequired(required: boolean): void;
    /** An update asked for scopes the user has not granted: getAuthorizationInfo says REQUIRED, and only calls needing one of them fail. */
    setUngrantedScopes(scopes: string[]): void;
    /** getValues gives time-only cells with today's offset of the zone, not 1899's local mean time (minutes off in Tehran). */
    setTimeCellsReadWithTodayOffset(on: boolean): void;
  };
  /** The mode of the current execution: NONE (onOpen before install), LIMITED, CUSTOM_FUNCTION, FULL. */
  setAuthMode(mode: AuthModeName): void;
  authMode(): AuthModeName;
  /** Who runs the next calls (active user; effective user too unless given). */
  setUser(activeEmail: string, effectiveEmail?: string): void;
  setScriptTimeZone(timeZone: string): void;
  /** The user's account language (Session.getActiveUserLocale), apart from the spreadsheet's locale. */
  setUserLocale(locale: string): void;
  /** Runs the script under another Cloud project, as publishing does: PROJECT-visible metadata written before is no longer seen. */
  setCloudProject(id: string): void;
  /** Computes formula values for getValues (e.g. with HyperFormula); without it formula cells read "". */
  setFormulaEvaluator(evaluate: ((formula: string, where: { sheet: string; row: number; column: number }) => unknown) | undefined): void;
  /** Throw errors from this realm's Error (loadAddOn passes the vm context's) so `instanceof Error` holds there. */
  useErrorClass(errorClass: ErrorConstructor): void;
  /** The add-on's Date (fake clock, script time zone). */
  Date: DateConstructor;
}

const DEFAULTS = {
  locale: 'en_US',
  timeZone: 'Etc/UTC',
  userEmail: 'marketer@example.com',
  now: '2026-01-05T09:00:00Z',
  mailQuota: 100,
  htmlDir: fileURLToPath(new URL('../../dist/', import.meta.url)),
  spreadsheetName: 'Social strategy',
  addOn: true,
};

export function createAppsScript(options: AppsScriptOptions = {}): { globals: AppsScriptGlobals; emulator: Emulator } {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS & AppsScriptOptions;
  const env = new Env(o);
  env.customFunctions = new Set((o.customFunctions ?? []).map((n) => n.toUpperCase()));
  const spreadsheet = new Spreadsheet(env, '1EmuLaTeDsPrEaDsHeEt-0000000000000000000000', o.spreadsheetName, o.locale, o.timeZone);
  const ui = new Ui(env, 'Social Strategy');
  const mailState = new MailState(o.mailQuota);
  const triggerState = new TriggerState(o.addOn);
  const document = new PropertyStore();
  const script = new PropertyStore();
  const userStores = new Map<string, PropertyStore>();
  const userStore = (email: string) => {
    let s = userStores.get(email);
    if (!s) {
      s = new PropertyStore();
      userStores.set(email, s);
    }
    return s;
  };
  const lockStates = newLockStates();
  const scriptId = '1EmuLaTeDsCrIpTiD-00000000000000000000000000000';
  let userLocaleNow = o.userLocale ?? o.locale.split('_')[0];
  const userLocale = () => userLocaleNow;

  const track = <T>(x: T) => env.tracker.track(x);
  const globals = {
    SpreadsheetApp: track(new SpreadsheetApp(env, spreadsheet, ui)),
    Charts: track(new Charts(env)),
    HtmlService: track(new HtmlService(env, o.htmlDir)),
    ScriptApp: track(new ScriptApp(env, triggerState, spreadsheet, scriptId)),
    PropertiesService: track(new PropertiesService(env, { document, script, user: userStore })),
    LockService: track(new LockService(env, lockStates)),
    MailApp: track(new MailApp(env, mailState)),
    Session: track(new Session(env, userLocale)),
    Utilities: track(new Utilities(env)),
    Date: env.Date,
  } as unknown as AppsScriptGlobals;

  const emulator: Emulator = {
    spreadsheet,
    countedSpreadsheet: track(spreadsheet) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    calls: env.calls,
    resetCalls: () => env.calls.reset(),
    ui: env.ui,
    mail: {
      get sent() {
        return mailState.sent;
      },
      remainingToday: () => mailState.remaining(env),
      setDailyQuota: (n) => {
        mailState.dailyQuota = n;
      },
      exhaust: () => mailState.exhaust(env),
    },
    triggers: {
      get list() {
        return triggerState.list;
      },
      setUserTriggersListClock: (listed) => {
        triggerState.userTriggersListClock = listed;
      },
      due: (fromIso, toIso) =>
        triggerState.due(Date.parse(fromIso), Date.parse(toIso), env.scriptTimeZone).map((d) => ({ trigger: d.trigger, at: new Date(d.at).toISOString() })),
    },
    properties: { document, script, user: (email) => userStore(email ?? env.effectiveUserEmail) },
    locks: Object.assign(lockStates, {
      holdByOther: (scope: LockScope, attempts = Infinity) => {
        lockStates[scope].holder = 'other';
        lockStates[scope].otherAttemptsLeft = attempts;
      },
      setDocumentLockAvailable: (available: boolean) => {
        lockStates.document.unavailable = !available;
      },
      releaseAll: () => {
        for (const s of Object.values(lockStates)) s.holder = null;
      },
    }),
    clock: {
      now: () => new env.Date(env.clock.now()),
      nowIso: () => new Date(env.clock.now()).toISOString(),
      setNow: (iso) => env.clock.setNow(iso),
      advanceDays: (n) => env.clock.advanceDays(n),
      advanceHours: (n) => env.clock.advance(n * 3_600_000),
      advanceMinutes: (n) => env.clock.advance(n * 60_000),
    },
    faults: {
      throwOn: (method, opts = {}) => {
        env.faults.throwOn.set(method, {
          after: opts.after ?? 0,
          message: opts.message ?? `Service error: ${method} (emulated fault)`,
          seen: 0,
          once: opts.once ?? false,
        });
      },
      clearThrows: () => env.faults.throwOn.clear(),
      failRemoteCall: (n, message = `Service error: remote call ${n} (emulated fault)`) => {
        env.faults.remoteCall = n > 0 ? { n, seen: 0, message } : null;
      },
      setAuthorizationRequired: (required) => {
        env.faults.authorizationRequired = required;
      },
      setUngrantedScopes: (scopes) => {
        env.faults.ungrantedScopes = new Set(scopes);
      },
      setTimeCellsReadWithTodayOffset: (on) => {
        env.faults.timeCellsAtTodayOffset = on;
      },
    },
    setAuthMode: (mode) => {
      env.authMode = mode;
    },
    authMode: () => env.authMode,
    setUser: (active, effective) => {
      env.activeUserEmail = active;
      env.effectiveUserEmail = effective ?? active;
    },
    setScriptTimeZone: (tz) => {
      env.scriptTimeZone = tz;
    },
    setUserLocale: (locale) => {
      userLocaleNow = locale;
    },
    setCloudProject: (id) => {
      env.cloudProject = id;
    },
    setFormulaEvaluator: (f) => {
      env.evaluateFormula = f;
    },
    useErrorClass: (errorClass) => {
      env.errorClass = errorClass;
    },
    Date: env.Date,
  };
  return { globals, emulator };
}

export type { AuthModeName } from './env';
export type { Spreadsheet } from './spreadsheet';
export type { Sheet } from './sheet';
export type { Range } from './range';
