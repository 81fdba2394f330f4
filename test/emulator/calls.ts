/**
 * Counting every call the add-on makes on a service object, and the switches a test flips to make
 * calls fail (a method that throws after N calls, authorization required, the auth mode's limits).
 *
 * Service objects are plain classes with a static `serviceName`; what the add-on receives is a
 * Proxy of them (`track`). The proxy counts the call, applies the fault switches, runs the method on
 * the raw object (so the emulator's own internal calls are never counted) and wraps what it returns.
 * Members whose name starts with `_` are emulator internals and invisible through the proxy; a
 * method the emulator lacks throws "not implemented" instead of a bare "is not a function".
 */
import type { Env } from './env';

export class CallLog {
  /** Every method call on every service object. */
  total = 0;
  /**
   * Calls that in real Apps Script reach a Google service (read or write a spreadsheet, send mail,
   * create a trigger…), i.e. `total` minus calls on local builders and value objects (data
   * validation / conditional format / trigger builders, HtmlOutput, Menu, Utilities…).
   */
  remote = 0;
  byMethod: Record<string, number> = {};
  /** The calls in order, `Service.method`, for a failing test to print. */
  sequence: string[] = [];

  record(key: string, remote: boolean): void {
    this.total += 1;
    if (remote) this.remote += 1;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    if (this.sequence.length < 100_000) this.sequence.push(key);
  }

  reset(): void {
    this.total = 0;
    this.remote = 0;
    this.byMethod = {};
    this.sequence = [];
  }

  /** Calls whose key starts with a prefix, e.g. count('Range.') or count('MailApp.sendEmail'). */
  count(prefix: string): number {
    let n = 0;
    for (const [key, c] of Object.entries(this.byMethod)) if (key.startsWith(prefix)) n += c;
    return n;
  }
}

export interface ThrowRule {
  /** Calls that succeed before the method starts throwing. */
  after: number;
  message: string;
  seen: number;
  /** Throw only once (then behave again), or on every call from then on. */
  once: boolean;
}

export interface Faults {
  throwOn: Map<string, ThrowRule>;
  authorizationRequired: boolean;
  /** Scopes the user has not granted (yet): an update added them. Only calls needing one fail. */
  ungrantedScopes: Set<string>;
  /** The n-th call that reaches Google from now on throws, once (a fault at every point of a run). */
  remoteCall: { n: number; seen: number; message: string } | null;
  /** Time-only cells read back with today's zone offset instead of 1899's (see cells.ts ReadContext). */
  timeCellsAtTodayOffset?: boolean;
}

const SCOPE = 'https://www.googleapis.com/auth/';
/** The scope each service needs (DESIGN.md's narrow set); the others need none. */
function scopeOf(service: string, method: string): string | null {
  if (['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata', 'DeveloperMetadataFinder'].includes(service)) {
    return method === 'getUi' ? `${SCOPE}script.container.ui` : `${SCOPE}spreadsheets.currentonly`;
  }
  if (service === 'MailApp') return method === 'getRemainingDailyQuota' ? null : `${SCOPE}script.send_mail`;
  if (['ScriptApp', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger'].includes(service)) {
    return method === 'getAuthorizationInfo' || method === 'requireScopes' || method === 'getScriptId' ? null : `${SCOPE}script.scriptapp`;
  }
  // Making HTML needs no scope (a web app's doGet serves HtmlService pages with none); showing it does.
  if (service === 'Ui') return `${SCOPE}script.container.ui`;
  return null;
}

/** Services and methods that do not leave the script in real Apps Script (builders, value objects). */
const LOCAL_SERVICES = new Set([
  'DataValidationBuilder', 'DataValidation', 'ConditionalFormatRuleBuilder', 'ConditionalFormatRule', 'BooleanCondition',
  'HtmlOutput', 'HtmlTemplate', 'Menu', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger',
  'Utilities', 'User', 'DeveloperMetadataFinder', 'DeveloperMetadataLocation', 'AuthorizationInfo', 'PromptResponse',
  'EmbeddedChartBuilder', 'EmbeddedChart', 'ContainerInfo', 'ChartOptions', 'Charts',
]);
const REMOTE_EXCEPTIONS = new Set(['ClockTriggerBuilder.create', 'SpreadsheetTriggerBuilder.create', 'DeveloperMetadataFinder.find']);
const LOCAL_METHODS = new Set([
  'SpreadsheetApp.newDataValidation', 'SpreadsheetApp.newConditionalFormatRule', 'Sheet.newChart', 'ScriptApp.newTrigger',
  'HtmlService.createHtmlOutput', 'HtmlService.createTemplate', 'Ui.createAddonMenu', 'Ui.createMenu',
  // The project's own files, which the runtime holds with the script: no Google service is asked.
  'HtmlService.createHtmlOutputFromFile', 'HtmlService.createTemplateFromFile',
]);

export function isRemote(service: string, method: string): boolean {
  const key = `${service}.${method}`;
  if (REMOTE_EXCEPTIONS.has(key)) return true;
  if (LOCAL_METHODS.has(key)) return false;
  return !LOCAL_SERVICES.has(service);
}

const SPREADSHEET_DATA = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata']);
const WRITE_METHOD = /^(set|insert|delete|clear|add|append|remove|update|activate|hide|show|copy|move|sort|merge|break|autoResize|rename|uncheck|check|trim)/;
const NONE_MODE_ALLOWED = new Set([
  'SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Session.getActiveUserLocale',
  'ScriptApp.getAuthorizationInfo', 'ScriptApp.getScriptId',
]);

const NONE_MODE_SERVICES = new Set(['Menu', 'Utilities', 'AuthorizationInfo']);
// HTML is made without any authorization (web apps serve it to anonymous users); only showing it needs the UI scope.
const NO_AUTH_NEEDED = new Set(['Utilities', 'AuthorizationInfo', 'Session', 'Menu', 'User', 'HtmlService', 'HtmlTemplate', 'HtmlOutput']);

/** Throws when the current auth mode or fault switches forbid this call. */
function gate(env: Env, service: string, method: string, remote: boolean): void {
  const key = `${service}.${method}`;
  const nth = env.faults.remoteCall;
  if (nth && remote) {
    nth.seen += 1;
    if (nth.seen === nth.n) env.fail(nth.message);
  }
  const rule = env.faults.throwOn.get(key);
  if (rule) {
    rule.seen += 1;
    if (rule.seen > rule.after && (!rule.once || rule.seen === rule.after + 1)) env.fail(rule.message);
  }
  if (env.faults.authorizationRequired && !NO_AUTH_NEEDED.has(service) && key !== 'ScriptApp.getAuthorizationInfo') {
    env.fail('Authorization is required to perform that action.');
  }
  const scope = env.faults.ungrantedScopes.size ? scopeOf(service, method) : null;
  if (scope && env.faults.ungrantedScopes.has(scope)) env.fail('Authorization is required to perform that action.');
  switch (env.authMode) {
    case 'NONE':
      if (!NONE_MODE_ALLOWED.has(key) && !NONE_MODE_SERVICES.has(service)) {
        env.fail(`You do not have permission to call ${key}. (AuthMode.NONE)`);
      }
      break;
    case 'LIMITED':
      if (service === 'MailApp' || (service === 'ScriptApp' && method !== 'getAuthorizationInfo' && method !== 'getScriptId')) {
        env.fail(`You do not have permission to call ${key}. (AuthMode.LIMITED)`);
      }
      break;
    case 'CUSTOM_FUNCTION':
      if (key === 'SpreadsheetApp.getUi') env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
      if (['Ui', 'Menu', 'HtmlService', 'MailApp', 'LockService', 'ScriptApp'].includes(service)) {
        env.fail(`You do not have permission to call ${key}`);
      }
      if (SPREADSHEET_DATA.has(service) && WRITE_METHOD.test(method)) env.fail(`You do not have permission to call ${method}`);
      if (service === 'Properties' && /^(set|delete)/.test(method)) env.fail(`You do not have permission to call ${method}`);
      break;
    default:
  }
}

const QUIET_NAMES = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', 'nodeType', 'tagName', '$$typeof', '@@__IMMUTABLE_ITERABLE__@@']);

/** Base of every service object: the env, and the name calls are counted under. */
export abstract class Service {
  static serviceName = 'Service';
  constructor(readonly _env: Env) {}
}

type AnyRecord = Record<string | symbol, unknown>;

export class Tracker {
  private proxies = new WeakMap<object, object>();
  private targets = new WeakMap<object, object>();
  constructor(private env: Env) {}

  /** The counted view of a service object (the same proxy each time for the same object). */
  track<T>(target: T): T {
    if (!(target instanceof Service)) return target;
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const service = (target.constructor as typeof Service).serviceName;
    const env = this.env;
    const methods = new Map<string, unknown>();
    const proxy = new Proxy(target as unknown as AnyRecord, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        if (prop.startsWith('_')) return undefined;
        const value = t[prop];
        if (typeof value !== 'function') {
          if (value === undefined && !QUIET_NAMES.has(prop) && /^[a-z][A-Za-z0-9]*$/.test(prop)) {
            throw new env.errorClass(`Emulator: ${service}.${prop} is not implemented (add it to test/emulator if the add-on needs it).`);
          }
          return value;
        }
        if (prop === 'toString' || prop === 'valueOf') return value.bind(t);
        let wrapped = methods.get(prop);
        if (!wrapped) {
          wrapped = (...args: unknown[]) => {
            const remote = isRemote(service, prop);
            env.calls.record(`${service}.${prop}`, remote);
            gate(env, service, prop, remote);
            const result = (value as (...a: unknown[]) => unknown).apply(t, args.map((a) => this.unwrap(a)));
            return this.wrapResult(result);
          };
          methods.set(prop, wrapped);
        }
        return wrapped;
      },
      // Apps Script objects ignore property writes, except templates (template.plan = …).
      set: (t, prop, value) => {
        const assign = t._assign;
        if (typeof assign === 'function' && typeof prop === 'string') assign.call(t, prop, value);
        return true;
      },
      has: (t, prop) => typeof prop === 'symbol' || !prop.startsWith('_') ? prop in t : false,
      ownKeys: () => [],
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy as T;
  }

  /** The raw object behind a proxy (arguments arriving from the add-on), arrays one or two deep. */
  unwrap<T>(value: T, depth = 0): T {
    if (value === null || typeof value !== 'object') return value;
    const raw = this.targets.get(value as object);
    if (raw) return raw as T;
    if (depth < 2 && Array.isArray(value)) {
      let changed = false;
      const out = value.map((v) => {
        const u = this.unwrap(v, depth + 1);
        if (u !== v) changed = true;
        return u;
      });
      return (changed ? out : value) as T;
    }
    return value;
  }

  private wrapResult(result: unknown, depth = 0): unknown {
    if (result instanceof Service) return this.track(result);
    if (depth < 2 && Array.isArray(result) && result.some((r) => r instanceof Service || Array.isArray(r))) {
      return result.map((r) => this.wrapResult(r, depth + 1));
    }
    return result;
  }
}
