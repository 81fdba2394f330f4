/**
 * The reminders' Apps Script edge: switching on and off (one daily trigger per document and
 * user, under a lock), the daily run (authorization, lock, read the tabs, compute what is due,
 * send one digest, record what was sent), the status for the sidebar and the settings dialog.
 * Everything it decides is delegated to the pure modules beside it.
 */
import { documentLock } from '../sheets/lock';
import { isDate } from '../functions/cells';
import { fill } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { reminderMessages } from '../i18n/messages';
import { addDays } from '../plan/dates';
import { datePattern } from '../plan/generators/formats';
import type { Plan } from '../plan/schema';
import { spreadsheetLang } from '../sheets/locale';
import { loadSavedPlan } from '../sheets/plan-store';
import { renderTab } from '../sheets/render';
import { findTabs } from '../sheets/tabs';
import { CATCH_UP_DAYS } from './cadence';
import { consentFor, type Permission } from './consent';
import { dialogHtml, statusLine, type DialogModel } from './dialog';
import { buildDigest, type LinkTab } from './digest';
import { dueItems } from './due';
import { reminderPlanOf } from './plan-view';
import { readReviewRows, reviewsTabSpec } from './reviews-tab';
import { forgetNotices, hasSent, pruneSentLog, recordSent } from './sent-log';
import { effectiveCadences, validateSettings, type SettingsProblem } from './settings';
import { readState, stateProperties, triggerKey, type ReminderState } from './state';
import { readCalendar, readKpiGoals, type CellText } from './tab-rows';
import { REVIEW_KINDS, type GoalStatus, type PostRow, type ReminderPlan, type ReviewDone, type TabKindRead } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The top-level function the daily trigger calls (src/index.ts exports it under this name). */
export const TRIGGER_HANDLER = 'onReminderTrigger';
/** Switching on/off waits this long for another window doing the same; a daily run waits less. */
const SETTINGS_LOCK_MS = 10_000;
const RUN_LOCK_MS = 1_000;
const SENDER_NAME = 'Social Strategy';
const LINK_TABS: readonly LinkTab[] = ['audit', 'calendar', 'kpi', 'reviews'];

export type ReminderResult =
  // reviewsTab: for the wizard's "Open" button beside the tabs it wrote.
  | ({ ok: true; reviewsTab?: { kind: 'reviews'; name: string; rows: number; sheetId: number } } & ReminderStatus)
  | ({ ok: false; problems: SettingsProblem[] } & Partial<ReminderStatus>);

export interface ReminderStatus {
  enabled: boolean;
  hasPlan: boolean;
  needsAuthorization: boolean;
  hour: number;
  recipients: string[];
  timeZone: string;
  cadences: DialogModel['cadences'];
  lang: Lang;
  /** One sentence in the plan's language for the sidebar or dialog. */
  status: string;
}

export interface RunReport {
  status: 'sent' | 'nothing-due' | 'busy' | 'authorization-required' | 'quota' | 'off' | 'no-plan' | 'no-spreadsheet';
  items?: number;
}

// ── Switching on and off ──

export function enableReminders(input: unknown): ReminderResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const plan = loadSavedPlan();
  const lang = plan?.language ?? spreadsheetLang();
  const m = reminderMessages[lang];
  if (!plan) return { ok: false, problems: [{ field: 'plan', message: m.noPlan }] };
  const checked = validateSettings(input, lang);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  // Granular consent: the trigger and the mail each need a scope the user may have left unticked.
  const consent = consentFor(['trigger', 'mail']);
  if (consent.missing.length) return { ok: false, problems: [{ field: 'settings', message: missingPermissionMessage(lang, consent.missing, consent.url) }] };

  const lock = documentLock('user');
  if (!lock.tryLock(SETTINGS_LOCK_MS)) return { ok: false, problems: [{ field: 'settings', message: m.busy }] };
  try {
    const ssId = ss.getId();
    // The plan's zone: the spreadsheet's, or its market's where the sheet was left in UTC (schema, sheetZoneOrNone).
    const timeZone = plan.timeZone;
    const props = PropertiesService.getUserProperties();
    const all = props.getProperties();
    const before = readState(ssId, all);
    const trigger = ensureTrigger(ss, ssId, before, all, checked.settings.hour, timeZone);
    if (!trigger) return { ok: false, problems: [{ field: 'settings', message: m.triggerRefused }] };
    const { tabs, reviewRows } = ensureReviewsTab(ss, plan);
    const state: ReminderState = {
      ...before,
      settings: checked.settings,
      plan: reminderPlanOf(plan),
      spreadsheetUrl: ss.getUrl(),
      tabs,
      trigger,
      authNotified: false,
    };
    writeState(props, ssId, state, all, { [triggerKey(trigger.uid)]: ssId }, before.trigger && before.trigger.uid !== trigger.uid ? [triggerKey(before.trigger.uid)] : []);
    const reviews = tabs.reviews!;
    return { ok: true, ...statusOf(state, lang, true), reviewsTab: { kind: 'reviews', name: reviews.name, rows: reviewRows, sheetId: reviews.gid } };
  } finally {
    lock.releaseLock();
  }
}

export function disableReminders(): ReminderResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = spreadsheetLangSafe();
  const lock = documentLock('user');
  if (!lock.tryLock(SETTINGS_LOCK_MS)) return { ok: false, problems: [{ field: 'settings', message: reminderMessages[lang].busy }] };
  try {
    const ssId = ss.getId();
    const props = PropertiesService.getUserProperties();
    const all = props.getProperties();
    const before = readState(ssId, all);
    const ours = ourTriggers(ss, ssId, before, all);
    const state: ReminderState = { ...before, settings: null, trigger: null, authNotified: false };
    // The state first, so the status never says "on" once the trigger may be gone: a trigger that a
    // failed delete leaves behind finds its reminders off at its next run and removes itself,
    // sending nothing. Its uid → document key goes last, so that run finds the document even
    // without a spreadsheet open.
    writeState(props, ssId, state, all);
    for (const t of ours) ScriptApp.deleteTrigger(t);
    if (before.trigger) props.deleteProperty(triggerKey(before.trigger.uid));
    return { ok: true, ...statusOf(state, state.plan?.lang ?? lang, state.plan !== null || loadSavedPlan() !== null) };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Our triggers for this document: the handler's triggers this user has in this spreadsheet, plus
 * the project's triggers of the handler that our user properties tie to this document (Google
 * does not say whether getUserTriggers lists a clock trigger, which has no source document).
 * Never another handler's, another document's, or another user's (getProjectTriggers lists only
 * the running user's).
 */
function ourTriggers(ss: Spreadsheet, ssId: string, state: ReminderState, all: Record<string, string>): Trigger[] {
  const ours = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === TRIGGER_HANDLER);
  const seen = new Set(ours.map((t) => t.getUniqueId()));
  for (const t of ScriptApp.getProjectTriggers()) {
    const uid = t.getUniqueId();
    if (t.getHandlerFunction() !== TRIGGER_HANDLER || seen.has(uid)) continue;
    if (uid === state.trigger?.uid || all[triggerKey(uid)] === ssId) ours.push(t);
  }
  return ours;
}

/**
 * Keeps the one trigger if it already fires at this hour in this zone; else replaces ours with one.
 * Should Sheets refuse the new one ("one trigger of each type, per user, per document": ours is
 * there but neither listed nor recorded, e.g. the user properties were lost), the handler's
 * triggers tied to no other document are ours-but-forgotten: they go, and the create is tried
 * once more. Null when the platform still refuses (the caller says so; nothing thrown).
 */
function ensureTrigger(
  ss: Spreadsheet, ssId: string, state: ReminderState, all: Record<string, string>, hour: number, timeZone: string,
): ReminderState['trigger'] {
  const ours = ourTriggers(ss, ssId, state, all);
  const kept = state.trigger;
  if (ours.length === 1 && kept && ours[0].getUniqueId() === kept.uid && kept.hour === hour && kept.timeZone === timeZone) return kept;
  for (const t of ours) ScriptApp.deleteTrigger(t);
  const create = () => ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  let created: Trigger;
  try {
    created = create();
  } catch (refused) {
    const forgotten = ScriptApp.getProjectTriggers().filter((t) => {
      const doc = all[triggerKey(t.getUniqueId())];
      return t.getHandlerFunction() === TRIGGER_HANDLER && (doc === undefined || doc === ssId);
    });
    console.log(`Reminders: the daily trigger was refused (${String(refused)}); ${forgotten.length} forgotten trigger(s) of ours replaced.`);
    try {
      for (const t of forgotten) ScriptApp.deleteTrigger(t);
      created = create();
    } catch (again) {
      console.log(`Reminders: the daily trigger was refused again (${String(again)}).`);
      return null;
    }
  }
  return { uid: created.getUniqueId(), hour, timeZone };
}

/** "Reminders need …: "Send email as you" and …", naming each permission as Google's consent screen does. */
function missingPermissionMessage(lang: Lang, missing: readonly Permission[], url: string | null): string {
  const m = reminderMessages[lang];
  const names: Record<Permission, string> = { trigger: m.permissionTrigger, mail: m.permissionMail, sheet: m.permissionSheet };
  return fill(m.missingPermission, { permission: missing.map((p) => names[p]).join(m.permissionJoin), url: url ?? '' });
}

/**
 * Writes the Reviews log tab if the document has none; returns the links to our tabs and how many
 * reviews the tab already logs (its header is one row).
 */
function ensureReviewsTab(ss: Spreadsheet, plan: Plan): { tabs: ReminderState['tabs']; reviewRows: number } {
  const found = findTabs(ss);
  const existing = found.get('reviews');
  if (existing?.length) return { tabs: linksOf(found), reviewRows: Math.max(0, existing[existing.length - 1].getLastRow() - 1) };
  // A new tab comes to the front (insertSheet): the user stays on the tab they were on.
  const where = ss.getActiveSheet();
  const written = renderTab(ss, reviewsTabSpec(plan.language, datePattern(plan.language, plan.market, plan.dateLocale)));
  found.set('reviews', [written.sheet]);
  if (where) ss.setActiveSheet(where);
  return { tabs: linksOf(found), reviewRows: 0 };
}

/** The newest tab of each kind (a re-run of the wizard makes new tabs and leaves the old ones). */
function linksOf(found: Map<string, Sheet[]>): ReminderState['tabs'] {
  const tabs: ReminderState['tabs'] = {};
  for (const kind of LINK_TABS) {
    const list = found.get(kind);
    const sheet = list?.[list.length - 1];
    if (sheet) tabs[kind] = { gid: sheet.getSheetId(), name: sheet.getName() };
  }
  return tabs;
}

// ── Status, dialog ──

export function reminderStatus(): ReminderStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = readState(ss.getId(), PropertiesService.getUserProperties().getProperties());
  const plan = loadSavedPlan();
  const lang = plan?.language ?? state.plan?.lang ?? spreadsheetLang();
  const view = plan ? reminderPlanOf(plan) : state.plan;
  return statusOf({ ...state, plan: view }, lang, view !== null, ss.getSpreadsheetTimeZone(), plan?.reminders);
}

export function showReminderSettings(): void {
  const s = reminderStatus();
  const m = reminderMessages[s.lang];
  // Before any plan: one sentence and a button to the wizard, in a dialog sized for them.
  const html = HtmlService.createHtmlOutput(dialogHtml({ ...s })).setWidth(380).setHeight(s.hasPlan ? 540 : 160);
  SpreadsheetApp.getUi().showModalDialog(html, m.dialogTitle);
}

function statusOf(state: ReminderState, lang: Lang, hasPlan: boolean, timeZone?: string, planDefaults?: { recipients: string[]; hour: number }): ReminderStatus {
  const plan = state.plan;
  const base = plan?.cadences ?? { kpi: 'monthly' as const, auditMonths: 3, strategyMonths: 6, goals: true, posts: true };
  const settings = state.settings;
  const model: DialogModel = {
    lang,
    enabled: settings !== null,
    hasPlan,
    needsAuthorization: settings !== null && authorizationRequired(),
    hour: settings?.hour ?? state.trigger?.hour ?? planDefaults?.hour ?? 9,
    recipients: settings?.recipients ?? planDefaults?.recipients ?? [],
    // The zone switching on will use (the plan's, else the sheet's), so the hour means the same before and after.
    timeZone: state.trigger?.timeZone ?? plan?.timeZone ?? timeZone ?? 'UTC',
    cadences: settings ? effectiveCadences(base, settings) : base,
  };
  return { ...model, status: statusLine(model) };
}

function authorizationRequired(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

function spreadsheetLangSafe(): Lang {
  try {
    return loadSavedPlan()?.language ?? spreadsheetLang();
  } catch {
    return 'en';
  }
}

// ── The daily run ──

/** The spreadsheet the trigger belongs to, or null when this run has no document context. */
function openSpreadsheet(): Spreadsheet | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet() ?? null;
  } catch {
    return null;
  }
}

export function onReminderTrigger(e?: { triggerUid?: unknown }): RunReport {
  const uid = e && typeof e.triggerUid === 'string' ? e.triggerUid : null;
  // Checked first: with authorization missing, even the lock and the properties may be out of reach.
  if (authorizationRequired()) return tellAuthorizationNeeded(uid);

  const ss = openSpreadsheet();
  const lock = (ss && LockService.getDocumentLock()) || LockService.getUserLock();
  if (!lock.tryLock(RUN_LOCK_MS)) return { status: 'busy' };
  try {
    const props = PropertiesService.getUserProperties();
    const all = props.getProperties();
    const ssId = ss ? ss.getId() : uid ? (all[triggerKey(uid)] ?? null) : null;
    if (!ssId) return { status: 'no-spreadsheet' };
    const state = readState(ssId, all);
    if (!state.settings) {
      removeStrayTrigger(uid);
      return { status: 'off' };
    }
    return run(ss, ssId, state, props, all);
  } finally {
    lock.releaseLock();
  }
}

function run(ss: Spreadsheet | null, ssId: string, before: ReminderState, props: GoogleAppsScript.Properties.Properties, all: Record<string, string>): RunReport {
  const settings = before.settings!;
  const saved = ss ? loadSavedPlan() : null;
  const planView: ReminderPlan | null = saved ? reminderPlanOf(saved) : before.plan;
  if (!planView) return { status: 'no-plan' };
  const today = Utilities.formatDate(new Date(), planView.timeZone, 'yyyy-MM-dd');
  const sheet = ss ? readSheet(ss, today, before) : null;

  const state: ReminderState = {
    ...before,
    plan: planView,
    authNotified: false,
    tabs: sheet ? { ...before.tabs, ...sheet.links } : before.tabs,
    lastDone: sheet ? sheet.lastDone : before.lastDone,
  };
  const reviewsDone: ReviewDone[] = REVIEW_KINDS.flatMap((kind) => (state.lastDone[kind] ? [{ kind, date: state.lastDone[kind] as string }] : []));
  const missing = sheet?.missing ?? [];
  const items = dueItems({
    today,
    plan: { ...planView, cadences: effectiveCadences(planView.cadences, settings) },
    reviewsDone,
    goals: sheet?.goals ?? null,
    posts: sheet?.posts ?? null,
    missingTabs: missing,
  });
  // A tab that is back may be reported again should it go missing later.
  const sent = sheet ? forgetNotices(before.sent, (code) => !code.startsWith('x') || missing.includes(code.slice(1) as TabKindRead)) : before.sent;
  const pending = items.filter((item) => !hasSent(sent, item));

  if (pending.length === 0) {
    const next = { ...state, sent: pruneSentLog(sent, today) };
    if (changed(ssId, before, next)) writeState(props, ssId, next, all);
    return { status: 'nothing-due' };
  }
  // Not enough quota for every recipient: send nothing now; the items stay pending for the next run.
  if (MailApp.getRemainingDailyQuota() < settings.recipients.length) return { status: 'quota', items: pending.length };

  const digest = buildDigest(pending, {
    lang: planView.lang,
    business: planView.business,
    today,
    spreadsheetUrl: ss ? ss.getUrl() : before.spreadsheetUrl,
    tabs: sheet ? sheet.links : before.tabs,
  });
  MailApp.sendEmail({ to: settings.recipients.join(','), subject: digest.subject, body: digest.text, htmlBody: digest.html, name: SENDER_NAME });
  // Only now, after the mail went out, are its items recorded as sent (retried: a lost write would repeat them).
  const next = { ...state, sent: pruneSentLog(recordSent(sent, pending), today) };
  withRetry(() => writeState(props, ssId, next, all));
  return { status: 'sent', items: pending.length };
}

interface SheetRead {
  links: ReminderState['tabs'];
  missing: TabKindRead[];
  posts: PostRow[] | null;
  goals: GoalStatus[] | null;
  lastDone: ReminderState['lastDone'];
}

/**
 * Reads what the tabs say today: posts near today, goals and their progress, reviews logged.
 * A tab the add-on knew and cannot find is "missing"; a tab that is found but no longer reads
 * (its header row gone) gives nothing; rows a person mangled are skipped and counted in the log.
 */
function readSheet(ss: Spreadsheet, today: string, before: ReminderState): SheetRead {
  const found = findTabs(ss);
  const links = linksOf(found);
  const timeZone = ss.getSpreadsheetTimeZone();
  const missing: TabKindRead[] = (['calendar', 'kpi', 'reviews'] as const).filter((k) => before.tabs[k] && !links[k]);
  const values = (kind: TabKindRead) => {
    const list = found.get(kind);
    const sheet = list?.[list.length - 1];
    return sheet ? sheet.getDataRange().getValues() : null;
  };
  const text = exactCellText(timeZone);

  // The calendar is read twice, as values (dates) and as shown (times: see timeOfDisplay).
  const calendarList = found.get('calendar');
  const calendarRange = calendarList?.[calendarList.length - 1]?.getDataRange();
  const calendarValues = calendarRange ? calendarRange.getValues() : null;
  const window = { from: addDays(today, -CATCH_UP_DAYS), to: addDays(today, 1) };
  const calendar = calendarValues
    ? readCalendar(calendarValues, { cellText: calendarCellText(timeZone, today), window, display: calendarRange!.getDisplayValues() })
    : null;
  const kpiValues = values('kpi');
  const kpi = kpiValues ? readKpiGoals(kpiValues, text) : null;
  const reviewValues = values('reviews');
  const reviews = reviewValues ? readReviewRows(reviewValues.slice(1), text) : null;
  const skipped = (calendar?.skipped ?? 0) + (kpi?.skipped ?? 0) + (reviews?.skipped ?? 0);
  if (skipped > 0) console.log(`Reminders: ${skipped} row(s) could not be read and were skipped.`);

  // Only the latest review of each kind matters (it restarts the cadence); kept for runs without the sheet.
  const lastDone: ReminderState['lastDone'] = reviews ? {} : before.lastDone;
  for (const d of reviews?.done ?? []) {
    const known = lastDone[d.kind];
    if (d.date <= today && (!known || d.date > known)) lastDone[d.kind] = d.date;
  }
  return { links, missing, posts: calendar?.rows ?? null, goals: kpi?.rows ?? null, lastDone };
}

/** Date cells as text in the sheet's zone (reviews logged, goal deadlines: a few cells). */
function exactCellText(timeZone: string): CellText {
  return (value, pattern) => (isDate(value) ? Utilities.formatDate(value, timeZone, pattern) : value);
}

/**
 * For the calendar, which holds thousands of dates: Utilities.formatDate only for dates near
 * today. A date weeks away only has to read as "not near", which its UTC day (off by at most one
 * day) does; it is then outside the window and its time cell is never read.
 */
function calendarCellText(timeZone: string, today: string): CellText {
  const exact = exactCellText(timeZone);
  const near = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const margin = (CATCH_UP_DAYS + 3) * 86_400_000;
  return (value, pattern) => {
    if (pattern === 'yyyy-MM-dd' && isDate(value) && Math.abs(value.getTime() - near) > margin) {
      return value.toISOString().slice(0, 10);
    }
    return exact(value, pattern);
  };
}

function changed(ssId: string, a: ReminderState, b: ReminderState): boolean {
  return JSON.stringify(stateProperties(ssId, a, []).values) !== JSON.stringify(stateProperties(ssId, b, []).values);
}

function writeState(
  props: GoogleAppsScript.Properties.Properties,
  ssId: string,
  state: ReminderState,
  all: Record<string, string>,
  extra: Record<string, string> = {},
  remove: string[] = [],
): void {
  const { values, stale } = stateProperties(ssId, state, Object.keys(all));
  props.setProperties({ ...values, ...extra });
  for (const key of [...stale, ...remove]) props.deleteProperty(key);
}

function withRetry(write: () => void, attempts = 3): void {
  for (let i = 1; ; i++) {
    try {
      write();
      return;
    } catch (err) {
      if (i >= attempts) throw err;
      Utilities.sleep(500 * i);
    }
  }
}

/** A trigger still firing for reminders that are off (state lost or cleared): remove that one only. */
function removeStrayTrigger(uid: string | null): void {
  if (!uid) return;
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid && t.getHandlerFunction() === TRIGGER_HANDLER) ScriptApp.deleteTrigger(t);
}

/**
 * The add-on was updated and needs the user's consent again. Google's advice for add-on
 * triggers: stop, and tell the user once. Everything here is best effort: without
 * authorization the properties or the mail may be out of reach too, and then there is nobody
 * to tell and nothing to do but stop cleanly (the reminders resume when consent is given).
 */
function tellAuthorizationNeeded(uid: string | null): RunReport {
  try {
    const ss = openSpreadsheet();
    const props = PropertiesService.getUserProperties();
    const all = props.getProperties();
    const ssId = ss ? ss.getId() : uid ? all[triggerKey(uid)] : null;
    if (!ssId) return { status: 'authorization-required' };
    const state = readState(ssId, all);
    if (!state.settings || state.authNotified || !state.plan) return { status: 'authorization-required' };
    const m = reminderMessages[state.plan.lang];
    // Mail itself may be the permission left unticked: then nobody can be told; the dialog says it.
    if (consentFor(['mail']).missing.length) return { status: 'authorization-required' };
    if (MailApp.getRemainingDailyQuota() < state.settings.recipients.length) return { status: 'authorization-required' };
    const url = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl() ?? state.spreadsheetUrl ?? '';
    MailApp.sendEmail({
      to: state.settings.recipients.join(','),
      subject: fill(m.authSubject, { business: state.plan.business.replace(/\s+/g, ' ') }),
      body: fill(m.authBody, { url }),
      name: SENDER_NAME,
    });
    writeState(props, ssId, { ...state, authNotified: true }, all);
  } catch (err) {
    console.log(`Reminders: authorization needed; could not tell the user (${String(err)}).`);
  }
  return { status: 'authorization-required' };
}

