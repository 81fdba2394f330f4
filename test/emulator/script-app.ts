/**
 * ScriptApp: installable triggers (time-driven and spreadsheet), authorization info, enums.
 * Enforces Apps Script's limits: 20 triggers per user per script; and for add-ons one trigger of
 * each event type per user per document, and no time-driven trigger more often than hourly.
 * `TriggerState.due` tells a test which triggers fire between two times (see test/support/bundle.ts).
 */
import { Service } from './calls';
import type { Env } from './env';
import type { Spreadsheet } from './spreadsheet';
import { dayKey, instantFromWall, isValidTimeZone, wallParts } from './tz';

export const AuthMode = Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' });
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
export const EventType = Object.freeze({ CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' });
export const TriggerSource = Object.freeze({ SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' });
export const WeekDay = Object.freeze({ SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY' });
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export const MAX_TRIGGERS_PER_USER = 20;
const HOUR_MS = 3_600_000;

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  /** One-shot: at this instant. */
  at?: number;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  /** The user whose trigger it is (it runs as them). */
  owner: string;
  /** The document the add-on created it in. */
  documentId: string;
  createdAt: number;
  schedule?: ClockSchedule;
}

export class TriggerState {
  list: TriggerRecord[] = [];
  addOn: boolean;
  /**
   * Whether getUserTriggers(spreadsheet) lists clock triggers. Google does not say (a clock
   * trigger has no source document); tests switch it off to prove the add-on copes either way.
   */
  userTriggersListClock = true;
  constructor(addOn: boolean) {
    this.addOn = addOn;
  }
  /** Times (ms) each trigger fires in (from, to], sorted; clock triggers only. */
  due(fromMs: number, toMs: number, scriptTimeZone: string): { trigger: TriggerRecord; at: number }[] {
    const out: { trigger: TriggerRecord; at: number }[] = [];
    for (const t of this.list) {
      if (t.eventType !== 'CLOCK' || !t.schedule) continue;
      for (const at of fireTimes(t, fromMs, toMs, t.schedule.timeZone ?? scriptTimeZone)) out.push({ trigger: t, at });
    }
    return out.sort((a, b) => a.at - b.at);
  }
}

function fireTimes(t: TriggerRecord, fromMs: number, toMs: number, tz: string): number[] {
  const s = t.schedule!;
  const out: number[] = [];
  const push = (ms: number) => {
    if (ms > fromMs && ms <= toMs && ms > t.createdAt) out.push(ms);
  };
  if (s.at !== undefined) {
    push(s.at);
    return out;
  }
  if (s.everyMinutes || s.everyHours) {
    const step = s.everyMinutes ? s.everyMinutes * 60_000 : s.everyHours! * HOUR_MS;
    const first = t.createdAt + step;
    const k = Math.max(0, Math.ceil((fromMs - first) / step));
    for (let ms = first + k * step; ms <= toMs; ms += step) push(ms);
    return out;
  }
  // Daily / weekly / monthly at an hour: walk the zone's calendar days. Google picks the time
  // within the hour (atHour: "runs at that hour"; nearMinute: "plus or minus 15 minutes"), so each
  // run lands at a minute and second of its own, fixed by the trigger and the day (reproducible).
  const hour = s.atHour ?? 0;
  const created = wallParts(t.createdAt, tz);
  const createdDay = Date.UTC(created.year, created.month, created.day);
  const start = wallParts(Math.max(fromMs, t.createdAt) - 86_400_000, tz);
  for (let d = Date.UTC(start.year, start.month, start.day); ; d += 86_400_000) {
    const day = new Date(d);
    const { minute, second } = minuteWithinHour(t.id, d, s.nearMinute);
    const at = instantFromWall(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute, second, 0, tz);
    if (at > toMs) break;
    const daysSince = Math.round((d - createdDay) / 86_400_000);
    let fires = false;
    if (s.everyDays) fires = daysSince >= 0 && daysSince % s.everyDays === 0;
    if (s.everyWeeks) {
      const weekday = WEEKDAYS.indexOf(s.onWeekDay ?? WEEKDAYS[created.weekday]);
      fires = day.getUTCDay() === weekday && Math.floor(daysSince / 7) % s.everyWeeks === 0;
    }
    if (s.onMonthDay) fires = day.getUTCDate() === s.onMonthDay;
    if (fires) push(at);
  }
  return out;
}

/** A stable pseudo-random time in the hour for this trigger on this day (FNV-1a of both). */
function minuteWithinHour(id: string, dayMs: number, nearMinute: number | undefined): { minute: number; second: number } {
  let h = 0x811c9dc5;
  for (const ch of `${id}:${dayMs}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const second = h % 60;
  const spread = (h >>> 8) % 60;
  const minute = nearMinute === undefined ? spread : Math.min(59, Math.max(0, nearMinute - 15 + (spread % 31)));
  return { minute, second };
}

export class Trigger extends Service {
  static override serviceName = 'Trigger';
  constructor(env: Env, readonly _record: TriggerRecord) {
    super(env);
  }
  getHandlerFunction() { return this._record.handler; }
  getUniqueId() { return this._record.id; }
  getEventType() { return this._record.eventType; }
  getTriggerSource() { return this._record.source; }
  getTriggerSourceId() { return this._record.sourceId; }
}

abstract class BuilderBase extends Service {
  constructor(env: Env, protected readonly _handler: string, protected readonly _state: TriggerState, protected readonly _spreadsheet: Spreadsheet) {
    super(env);
  }
  protected _create(eventType: string, source: string, sourceId: string | null, schedule?: ClockSchedule): Trigger {
    const env = this._env;
    const owner = env.effectiveUserEmail;
    const mine = this._state.list.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      env.fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const documentId = this._spreadsheet._id;
    if (this._state.addOn && mine.some((t) => t.documentId === documentId && t.eventType === eventType)) {
      env.fail(eventType === 'CLOCK'
        ? 'This add-on has created too many time-based triggers in this document for this Google user account.'
        : `This add-on has created too many ${eventType} triggers in this document for this Google user account.`);
    }
    const record: TriggerRecord = {
      id: String(1_000_000 + env.nextSerial()), handler: this._handler, eventType, source, sourceId, owner, documentId,
      createdAt: env.clock.now(), schedule,
    };
    this._state.list.push(record);
    return new Trigger(env, record);
  }
}

export class ClockTriggerBuilder extends BuilderBase {
  static override serviceName = 'ClockTriggerBuilder';
  readonly _schedule: ClockSchedule = {};
  after(ms: number) { this._schedule.at = this._env.clock.now() + Number(ms); return this; }
  at(date: Date) { this._schedule.at = date.getTime(); return this; }
  atDate(year: number, month: number, day: number) {
    this._schedule.at = instantFromWall(year, month - 1, day, 0, 0, 0, 0, this._env.scriptTimeZone);
    return this;
  }
  atHour(hour: number) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) this._env.fail(`Invalid argument: hour (${String(hour)})`);
    this._schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number) {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) this._env.fail(`Invalid argument: minute (${String(minute)})`);
    this._schedule.nearMinute = minute;
    return this;
  }
  everyMinutes(n: number) {
    if (![1, 5, 10, 15, 30].includes(n)) this._env.fail('Invalid argument: minutes must be 1, 5, 10, 15 or 30');
    this._schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number) {
    if (![1, 2, 4, 6, 8, 12].includes(n)) this._env.fail('Invalid argument: hours must be 1, 2, 4, 6, 8 or 12');
    this._schedule.everyHours = n;
    return this;
  }
  everyDays(n: number) {
    if (!Number.isInteger(n) || n < 1) this._env.fail(`Invalid argument: days (${String(n)})`);
    this._schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number) {
    if (!Number.isInteger(n) || n < 1) this._env.fail(`Invalid argument: weeks (${String(n)})`);
    this._schedule.everyWeeks = n;
    return this;
  }
  onWeekDay(day: string) {
    if (!WEEKDAYS.includes(String(day))) this._env.fail(`Invalid argument: day (${String(day)})`);
    this._schedule.onWeekDay = String(day);
    return this;
  }
  onMonthDay(day: number) {
    if (!Number.isInteger(day) || day < 1 || day > 31) this._env.fail(`Invalid argument: day (${String(day)})`);
    this._schedule.onMonthDay = day;
    return this;
  }
  inTimezone(timeZone: string) {
    if (!isValidTimeZone(String(timeZone))) this._env.fail(`Invalid argument: timezone (${String(timeZone)})`);
    this._schedule.timeZone = String(timeZone);
    return this;
  }
  create() {
    const s = this._schedule;
    const kinds = [s.at !== undefined, !!s.everyMinutes, !!s.everyHours, !!s.everyDays, !!s.everyWeeks, !!s.onMonthDay].filter(Boolean).length;
    if (kinds === 0) this._env.fail('The trigger must have a schedule (everyDays, everyHours, at…).');
    if (kinds > 1 && !(s.everyWeeks && s.onWeekDay)) this._env.fail('The trigger has more than one schedule.');
    if (s.atHour !== undefined && !(s.everyDays || s.everyWeeks || s.onMonthDay)) this._env.fail('atHour needs everyDays, everyWeeks or onMonthDay.');
    if (s.nearMinute !== undefined && s.atHour === undefined) this._env.fail('nearMinute needs atHour.');
    if (this._state.addOn && s.everyMinutes) this._env.fail('Add-ons cannot create time-based triggers that run more than once an hour.');
    return this._create('CLOCK', 'CLOCK', null, { ...s });
  }
}

export class SpreadsheetTriggerBuilder extends BuilderBase {
  static override serviceName = 'SpreadsheetTriggerBuilder';
  private _event: string | null = null;
  onOpen() { this._event = 'ON_OPEN'; return this; }
  onEdit() { this._event = 'ON_EDIT'; return this; }
  onChange() { this._event = 'ON_CHANGE'; return this; }
  onFormSubmit() { this._event = 'ON_FORM_SUBMIT'; return this; }
  create() {
    if (!this._event) this._env.fail('The trigger must have an event (onOpen, onEdit…).');
    return this._create(this._event, 'SPREADSHEETS', this._spreadsheet._id);
  }
}

export class TriggerBuilder extends Service {
  static override serviceName = 'TriggerBuilder';
  constructor(env: Env, private readonly _handler: string, private readonly _state: TriggerState, private readonly _spreadsheet: Spreadsheet) {
    super(env);
  }
  timeBased() { return new ClockTriggerBuilder(this._env, this._handler, this._state, this._spreadsheet); }
  forSpreadsheet(key: Spreadsheet | string) {
    const id = typeof key === 'string' ? key : key?._id;
    // With spreadsheets.currentonly, only the current spreadsheet is reachable.
    if (id !== this._spreadsheet._id) this._env.fail('You do not have permission to access the requested document.');
    return new SpreadsheetTriggerBuilder(this._env, this._handler, this._state, this._spreadsheet);
  }
  forDocument() { return this._env.fail('Emulator: document triggers are not available to a Sheets add-on.'); }
  forForm() { return this._env.fail('Emulator: form triggers are not available to a Sheets add-on.'); }
}

/** The manifest's scopes (appsscript.json): what "all scopes" means when none are named. */
const MANIFEST_SCOPES = ['spreadsheets.currentonly', 'script.container.ui', 'script.scriptapp', 'script.send_mail'].map((s) => `https://www.googleapis.com/auth/${s}`);

/**
 * Granular consent: the user may have granted only some scopes. Asked about a list of scopes,
 * the status is REQUIRED when one of them is not granted, and getAuthorizedScopes lists the
 * granted ones of that list; asked about none, the manifest's.
 */
export class AuthorizationInfo extends Service {
  static override serviceName = 'AuthorizationInfo';
  private readonly _asked: string[];
  constructor(env: Env, private readonly _scriptId: string, scopes?: unknown) {
    super(env);
    // An ungranted scope is one the script asks for (an update may have added it to the manifest).
    this._asked = Array.isArray(scopes) ? scopes.map(String) : [...new Set([...MANIFEST_SCOPES, ...env.faults.ungrantedScopes])];
  }
  private _granted() {
    return this._env.faults.authorizationRequired ? [] : this._asked.filter((s) => !this._env.faults.ungrantedScopes.has(s));
  }
  private _required() { return this._granted().length < this._asked.length; }
  getAuthorizationStatus() { return this._required() ? 'REQUIRED' : 'NOT_REQUIRED'; }
  getAuthorizationUrl() { return this._required() ? `https://script.google.com/macros/s/${this._scriptId}/authorize` : null; }
  getAuthorizedScopes() { return this._granted(); }
}

export class ScriptApp extends Service {
  static override serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  constructor(env: Env, private readonly _state: TriggerState, private readonly _spreadsheet: Spreadsheet, private readonly _scriptId: string) {
    super(env);
  }
  getScriptId() { return this._scriptId; }
  newTrigger(functionName: string) {
    if (typeof functionName !== 'string' || !functionName) this._env.fail('Invalid argument: functionName');
    return new TriggerBuilder(this._env, functionName, this._state, this._spreadsheet);
  }
  /** The running user's triggers in this project. */
  getProjectTriggers() {
    return this._state.list.filter((t) => t.owner === this._env.effectiveUserEmail).map((t) => new Trigger(this._env, t));
  }
  /** The running user's triggers in this project for that spreadsheet. */
  getUserTriggers(spreadsheet: Spreadsheet) {
    const id = spreadsheet?._id;
    return this._state.list
      .filter((t) => t.owner === this._env.effectiveUserEmail && t.documentId === id && (this._state.userTriggersListClock || t.eventType !== 'CLOCK'))
      .map((t) => new Trigger(this._env, t));
  }
  deleteTrigger(trigger: Trigger) {
    if (!(trigger instanceof Trigger)) this._env.fail('Invalid argument: trigger');
    const i = this._state.list.findIndex((t) => t.id === trigger._record.id);
    if (i >= 0 && this._state.list[i].owner !== this._env.effectiveUserEmail) this._env.fail('You do not have permission to delete this trigger.');
    if (i >= 0) this._state.list.splice(i, 1);
  }
  getAuthorizationInfo(authMode: string, oAuthScopes?: string[]) {
    if (!(String(authMode) in AuthMode)) this._env.fail(`Invalid argument: authMode (${String(authMode)})`);
    return new AuthorizationInfo(this._env, this._scriptId, oAuthScopes);
  }
  /** Ends the execution with Google's consent prompt when one of the scopes is not granted. */
  requireScopes(authMode: string, oAuthScopes: string[]) {
    if (new AuthorizationInfo(this._env, this._scriptId, oAuthScopes).getAuthorizationStatus() === 'REQUIRED') {
      this._env.fail('Authorization is required to perform that action.');
    }
  }
  /** Every scope of the manifest granted or not: requireScopes for all of them. */
  requireAllScopes(authMode: string) { this.requireScopes(authMode, MANIFEST_SCOPES); }
  getOAuthToken() { return `emulated-token-${dayKey(this._env.clock.now(), 'UTC')}`; }
}
