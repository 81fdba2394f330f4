/**
 * The wizard: eight steps that walk the strategy cycle in SOSTAC order (start → situation → goals
 * → accounts → content plan → budget & team → measure & review → generate). Holds the answers, draws the current step, saves the draft with
 * the document after every change (so reopening resumes), and places every message — from the
 * quick checks or from the server's `field` paths — beside the field it concerns.
 */
import { langFromLocale } from '../src/i18n/lang';
import { parseNumberText } from '../src/i18n/digits';
import { NETWORK_INFO, NETWORKS } from '../src/plan/networks';
import type { KeyDate } from '../src/plan/key-dates';
import { addDays } from '../src/plan/dates';
import { MAX_CELLS } from '../src/sheets/room';
import { blankAnswers, hasContent, planEnd, readAnswers, toPlan, type Answers } from './answers';
import { checkAll, checkStep, stepOfField } from './checks';
import type { StepContext } from './context';
import type { GenerateResult, GeneratedTab, ReminderRequest } from './contract';
import { h, replace, type Child } from './dom';
import { idOf } from './fields';
import { lang, m, setLang, t } from './i18n';
import { errorMessage, server } from './server';
import { STEP } from './step-ids';
import { accountsStep } from './steps/accounts';
import { budgetStep } from './steps/budget';
import { contentStep, newNetworkPlan } from './steps/content';
import { generateStep } from './steps/generate';
import { goalsStep } from './steps/goals';
import { measureStep } from './steps/measure';
import { situationStep } from './steps/situation';
import { startStep } from './steps/start';

/** In the order of STEP. */
const STEPS: ((ctx: StepContext) => Child[])[] = [startStep, situationStep, goalsStep, accountsStep, contentStep, budgetStep, measureStep, generateStep];
const LAST = STEPS.length - 1;
const CONTENT_STEP = STEPS.indexOf(contentStep);
const SAVE_DELAY_MS = 500;
/** 2: eight steps (src/ui/wizard-draft.ts renumbers a version-1 draft's six). */
const DRAFT_VERSION = 2;

const state = {
  answers: blankAnswers('en') as Answers,
  step: 0,
  furthest: 0,
  remindersOn: false,
  /** Reminders were on when the sidebar opened: unticking them switches them off on Generate. */
  remindersWereOn: false,
  errors: new Map<string, string>(),
  notice: '',
  status: '',
  generating: false,
  result: null as StepContext['result'],
  problems: [] as { field: string; message: string }[],
  confirmingExample: false,
  /** The market's key dates for the period they were asked for (market|start|end|language). */
  keyDates: { key: '', dates: null as KeyDate[] | null },
};

const root = document.getElementById('app') as HTMLElement;

// ── Saving the draft ──

let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Saves run one after another, so an older draft never lands after a newer one. */
let saveChain: Promise<void> = Promise.resolve();
/** Changes made, and the latest change a finished save holds: "Saved" only when they meet. */
let changes = 0;
let savedChange = 0;
/** The latest change handed to the server (saved or still on its way). */
let sentChange = 0;

function setStatus(text: string): void {
  state.status = text;
  const el = document.getElementById('save-status');
  if (el) el.textContent = text;
}

/** This sidebar, and its count of drafts sent: the server keeps a later one over an earlier one. */
const SESSION = Math.random().toString(36).slice(2, 12);
let revision = 0;

/** The answers as they are now, in the shape saveWizard keeps. */
function draftNow() {
  revision += 1;
  return {
    session: SESSION,
    revision,
    version: DRAFT_VERSION,
    step: state.step,
    furthest: state.furthest,
    remindersOn: state.remindersOn,
    answers: JSON.parse(JSON.stringify(state.answers)),
  };
}

function saveNow(): Promise<void> {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  const change = changes;
  const draft = draftNow();
  setStatus(m().saving);
  saveChain = saveChain.then(() => (change <= sentChange ? undefined : send(draft, change))); // else sent on the way out
  return saveChain;
}

/** Hands one draft to the server and says "Saved" once the newest change is kept. */
function send(draft: ReturnType<typeof draftNow>, change: number): Promise<void> {
  sentChange = Math.max(sentChange, change);
  return server.saveWizard(draft).then(
    () => {
      savedChange = Math.max(savedChange, change);
      if (savedChange === changes && saveTimer === undefined) setStatus(m().saved);
    },
    (e) => setStatus(t(m().saveFailed, { error: errorMessage(e) })),
  );
}

/**
 * Changes not yet handed to the server (waiting for the delayed save, or queued behind a save in
 * flight) go out now: the sidebar is closing or hidden, and a queued call would never be made.
 */
function saveBeforeLeaving(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  if (changes > sentChange) void send(draftNow(), changes);
}
// Focus leaving the sidebar comes first (a click on its ×, or anywhere in the sheet), while the page
// is still whole; then hiding and unloading. The server keeps the later draft, whatever the order.
window.addEventListener('blur', saveBeforeLeaving);
window.addEventListener('pagehide', saveBeforeLeaving);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
});

/** Saves a moment after the last change (typing is not a save per key); says so at once. */
function scheduleSave(): void {
  changes += 1;
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  setStatus(m().saving);
  saveTimer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
}

// ── Messages beside fields ──

function fieldElements(): Map<string, Element> {
  const byField = new Map<string, Element>();
  root.querySelectorAll('[data-field]').forEach((el) => byField.set(el.getAttribute('data-field') ?? '', el));
  return byField;
}

function errorSlot(el: Element): Element | undefined {
  return Array.from(el.children).reverse().find((c) => c.classList.contains('error'));
}

function controlOf(el: Element): Element | null {
  return el.classList.contains('field') ? el.querySelector('input, select, textarea, fieldset') : null;
}

/** The closest element that shows `field`: itself, else the nearest enclosing path drawn. */
function nearest(byField: Map<string, Element>, field: string): Element | undefined {
  let path = field;
  while (!byField.has(path) && path.includes('.')) path = path.slice(0, path.lastIndexOf('.'));
  return byField.get(path);
}

/** Writes this step's messages into their fields' slots; returns those with no field drawn. */
function placeErrors(): string[] {
  const byField = fieldElements();
  const unplaced: string[] = [];
  for (const [field, message] of state.errors) {
    if (stepOfField(field) !== state.step) continue;
    const el = nearest(byField, field);
    const slot = el && errorSlot(el);
    if (!el || !slot) {
      unplaced.push(message);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    const control = controlOf(el);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      // Screen readers read the message with the field.
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      if (slot.id && !described.includes(slot.id)) control.setAttribute('aria-describedby', [...described, slot.id].join(' '));
    }
  }
  return unplaced;
}

function clearErrors(field: string): void {
  let cleared = false;
  for (const key of Array.from(state.errors.keys())) {
    if (key === field || key.startsWith(`${field}.`)) {
      state.errors.delete(key);
      cleared = true;
    }
  }
  if (!cleared) return;
  // The step's "please fix" banner goes with its last message.
  if (!Array.from(state.errors.keys()).some((f) => stepOfField(f) === state.step)) {
    const banner = document.getElementById('step-problems');
    if (banner) replace(banner);
  }
  const el = fieldElements().get(field);
  if (el) {
    const slot = errorSlot(el);
    if (slot) slot.textContent = '';
    controlOf(el)?.removeAttribute('aria-invalid');
  }
}

function focusField(field: string): void {
  let path = field;
  for (;;) {
    const el = document.getElementById(idOf(path));
    if (el) {
      const target = el.tagName === 'FIELDSET' ? el.querySelector<HTMLElement>('input') ?? el : el;
      target.focus();
      return;
    }
    const control = fieldElements().get(path)?.querySelector<HTMLElement>('input, select, textarea, button');
    if (control) {
      control.focus();
      return;
    }
    if (!path.includes('.')) return;
    path = path.slice(0, path.lastIndexOf('.'));
  }
}

// ── Drawing ──

function header(): Child[] {
  const names = m().steps;
  return [
    h('p', { class: 'step-title' }, t(m().stepOf, { n: state.step + 1, total: STEPS.length, name: names[state.step] })),
    h(
      'ol',
      { class: 'steps' },
      names.map((name, i) =>
        h(
          'li',
          null,
          h('button', {
            type: 'button',
            id: `step-${i}`,
            class: i < state.step ? 'done' : null,
            'aria-label': t(m().goToStep, { n: i + 1, name }),
            'aria-current': i === state.step ? 'step' : null,
            disabled: i > state.furthest,
            onclick: () => goTo(i),
          }),
        ),
      ),
    ),
    h('h1', { id: 'step-heading', tabindex: -1 }, names[state.step]),
    h('p', { class: 'muted' }, m().intros[state.step]),
  ];
}

function footer(): HTMLElement {
  return h(
    'nav',
    { class: 'nav', 'aria-label': m().title },
    h('button', { type: 'button', id: 'back', disabled: state.step === 0, onclick: () => goTo(state.step - 1) }, m().back),
    h('span', { class: 'spacer', id: 'save-status', role: 'status' }, state.status),
    state.step < LAST ? h('button', { type: 'button', class: 'action', id: 'next', onclick: next }, m().next) : null,
  );
}

function context(): StepContext {
  return {
    a: state.answers,
    remindersOn: state.remindersOn,
    changed,
    setRemindersOn: (on) => (state.remindersOn = on),
    goTo,
    generating: state.generating,
    result: state.result,
    problems: state.problems,
    generate: () => void generate(),
    openTab: (tab) => void openTab(tab),
    keyDates: keyDatesShown(),
    confirmingExample: state.confirmingExample,
    tryExample: (confirmed) => void tryExample(confirmed),
    cancelExample: () => {
      state.confirmingExample = false;
      render('try-example');
    },
  };
}

/**
 * The key dates of the plan's market and period, asked of the server once per period (and a week
 * past its end, so the Eid after a Ramadan at the end is there); the step re-draws when they come.
 */
function keyDatesShown(): KeyDate[] | null {
  const a = state.answers;
  const end = planEnd(a);
  if (state.step !== CONTENT_STEP || !a.market || end === null) return null;
  const key = `${a.market}|${a.contentPlan.startDate}|${end}|${a.language}`;
  if (state.keyDates.key !== key) {
    state.keyDates = { key, dates: null };
    server.keyDates(a.market, a.contentPlan.startDate, addDays(end, 7), a.language).then(
      (answer) => {
        if (state.keyDates.key !== key) return;
        state.keyDates = { key, dates: 'dates' in answer ? answer.dates : [] };
        if (state.step === CONTENT_STEP) render(document.activeElement?.id || undefined);
      },
      () => {
        if (state.keyDates.key === key) state.keyDates = { key, dates: [] };
      },
    );
  }
  return state.keyDates.dates;
}

function render(focusId?: string): void {
  setLang(state.answers.language);
  const stepBanner = h('div', { id: 'step-problems' });
  replace(
    root,
    header(),
    state.notice ? h('div', { class: 'banner ok', role: 'status' }, state.notice) : null,
    stepBanner,
    h('form', { id: 'step', novalidate: true, onsubmit: (e: Event) => e.preventDefault() }, STEPS[state.step](context())),
    footer(),
  );
  const unplaced = placeErrors();
  const hasErrors = Array.from(state.errors.keys()).some((f) => stepOfField(f) === state.step);
  if (hasErrors && state.step < LAST) {
    replace(stepBanner, h('div', { class: 'banner', role: 'alert' }, m().stepProblems, unplaced.length ? h('ul', null, unplaced.map((u) => h('li', null, u))) : null));
  }
  root.removeAttribute('aria-busy');
  if (focusId) document.getElementById(focusId)?.focus();
}

// ── Actions ──

function changed(field: string | null, opts: { redraw?: boolean; focus?: string } = {}): void {
  if (field) clearErrors(field);
  scheduleSave();
  if (opts.redraw) render(opts.focus);
}

/** Answers later steps start from, filled when the user first reaches them (never overwriting). */
function prefill(step: number): void {
  const a = state.answers;
  if (step === STEP.content && a.contentPlan.networks.length === 0) {
    for (const n of Array.from(new Set(a.accounts.map((x) => x.network)))) if (n) a.contentPlan.networks.push(newNetworkPlan(n));
  }
  // The accounts' owners are the first guess at the team; their hours and cost are for the user.
  if (step === STEP.budget && a.team.length === 0) {
    for (const owner of Array.from(new Set(a.accounts.map((x) => x.owner.trim())))) {
      if (owner) a.team.push({ name: owner, role: '', networks: Array.from(new Set(a.accounts.filter((x) => x.owner.trim() === owner).map((x) => x.network))), hoursPerWeek: '', hourlyCost: '' });
    }
  }
  if (step === STEP.measure) {
    const end = planEnd(a);
    for (const g of a.goals) {
      if (!g.network) g.network = networkNamedIn(g.text) ?? a.accounts[0]?.network ?? '';
      if (!g.deadline && end) g.deadline = end;
    }
  }
}

/**
 * The network a goal names ("On Instagram …", "در اینستاگرام …"), in any of the four languages.
 * Names shorter than three letters ("X") are skipped: they would match inside ordinary words.
 */
function networkNamedIn(text: string): string | null {
  const lower = ` ${text.toLowerCase()} `;
  const names = (n: (typeof NETWORKS)[number]) =>
    Object.values(NETWORK_INFO[n].names)
      .map((name) => name.toLowerCase().split(' (')[0].split(' / ')[0])
      .filter((name) => name.length >= 3);
  return NETWORKS.find((n) => names(n).some((name) => lower.includes(name))) ?? null;
}

function goTo(step: number, field?: string): void {
  if (step < 0 || step > LAST) return;
  state.step = step;
  state.furthest = Math.max(state.furthest, step);
  state.notice = '';
  state.confirmingExample = false;
  prefill(step);
  void saveNow();
  render();
  if (field) focusField(field);
  else document.getElementById('step-heading')?.focus();
}

function next(): void {
  const problems = checkStep(state.step, state.answers, state.remindersOn);
  if (problems.size > 0) {
    for (const [field, message] of problems) state.errors.set(field, message);
    render();
    focusField(problems.keys().next().value as string);
    return;
  }
  goTo(state.step + 1);
}

async function tryExample(confirmed: boolean): Promise<void> {
  if (!confirmed && hasContent(state.answers)) {
    state.confirmingExample = true;
    render('example-yes');
    return;
  }
  state.confirmingExample = false;
  try {
    const plan = await server.examplePlan(state.answers.language);
    state.answers = readAnswers(plan, state.answers.language);
    state.errors.clear();
    state.problems = [];
    state.result = null;
    state.furthest = LAST;
    state.notice = m().exampleLoaded;
    void saveNow();
    render('try-example');
  } catch (e) {
    state.notice = '';
    setStatus(t(m().serverError, { error: errorMessage(e) }));
    render();
  }
}

function reminderRequest(a: Answers): ReminderRequest {
  const whole = (text: string) => parseNumberText(text) ?? text;
  return {
    hour: whole(a.reminders.hour),
    recipients: a.reminders.recipients,
    kpi: a.reviews.kpi === 'weekly' ? 'weekly' : 'monthly',
    auditMonths: whole(a.reviews.auditEveryMonths),
    strategyMonths: whole(a.reviews.strategyEveryMonths),
  };
}

/** Where a reminder setting's problem shows: the wizard field that holds that setting. */
const REMINDER_FIELDS: Record<string, string> = {
  hour: 'reminders.hour',
  recipients: 'reminders.recipients',
  kpi: 'reviews.kpi',
  auditMonths: 'reviews.auditEveryMonths',
  strategyMonths: 'reviews.strategyEveryMonths',
};

/** Switches reminders on (or off, if the user unticked them); returns the sentence to show. */
async function applyReminders(): Promise<string | null> {
  try {
    if (!state.remindersOn) {
      if (state.remindersWereOn) await server.disableReminders();
      state.remindersWereOn = false;
      return null;
    }
    const out = await server.enableReminders(reminderRequest(state.answers));
    if (!out.ok) {
      for (const p of out.problems) {
        const field = REMINDER_FIELDS[p.field.split('.')[0]];
        if (field) state.errors.set(field, p.message);
      }
      return t(m().remindersFailed, { error: out.problems.map((p) => p.message).join(' ') });
    }
    state.remindersWereOn = true;
    if (out.reviewsTab) state.result?.tabs.push(out.reviewsTab);
    return out.status || m().remindersDone;
  } catch (e) {
    return t(m().remindersFailed, { error: errorMessage(e) });
  }
}

type NotWritten = Extract<GenerateResult, { failed: unknown }>['failed'];

/** Why the server wrote nothing, in the user's language; it says what could not be put back, if anything. */
function notWrittenText(why: NotWritten): string {
  // Numbers as numbers: t() writes them in the language's digits.
  if (why.reason === 'noRoom') return t(m().notWrittenRoom, { needed: why.needed, room: why.room, max: MAX_CELLS });
  const left = [...why.tabsLeft.map((name) => `\u2068${name}\u2069`), ...(why.saveKept ? [m().notWrittenPlanKept] : [])];
  if (left.length === 0) return t(m().notWrittenError, { error: why.error });
  return t(m().notWrittenLeft, { error: why.error, left: left.join(', ') });
}

async function generate(): Promise<void> {
  const local = checkAll(state.answers, state.remindersOn);
  if (local.size > 0) {
    state.errors = local;
    state.problems = Array.from(local, ([field, message]) => ({ field, message }));
    state.result = null;
    render('generate');
    return;
  }
  state.generating = true;
  state.problems = [];
  state.result = null;
  render('generate');
  await saveNow();
  let focus = 'generate';
  try {
    const out = await server.generateTabs(toPlan(state.answers));
    if ('problems' in out) {
      state.errors = new Map(out.problems.map((p) => [p.field, p.message]));
      state.problems = out.problems;
    } else if ('failed' in out) {
      state.problems = [{ field: '', message: notWrittenText(out.failed) }];
    } else {
      state.result = { tabs: out.tabs, reminders: null };
      state.result.reminders = await applyReminders();
      focus = 'results';
    }
  } catch (e) {
    state.problems = [{ field: '', message: t(m().serverError, { error: errorMessage(e) }) }];
  }
  state.generating = false;
  render();
  const target = document.querySelector<HTMLElement>(focus === 'results' ? '#results button' : '#problems button, #generate');
  target?.focus();
}

async function openTab(tab: GeneratedTab): Promise<void> {
  try {
    await server.openTab(tab.sheetId);
  } catch (e) {
    setStatus(errorMessage(e));
  }
}

// ── Start ──

async function boot(): Promise<void> {
  let lang = langFromLocale(navigator.language);
  try {
    const load = await server.loadWizard();
    lang = load.lang;
    if (load.draft) {
      state.answers = readAnswers(load.draft.answers, lang);
      state.step = Math.min(Math.max(0, load.draft.step), LAST);
      state.furthest = Math.max(state.step, Math.min(load.draft.furthest, LAST));
      state.remindersOn = load.draft.remindersOn === true;
      state.remindersWereOn = state.remindersOn;
    } else if (load.savedPlan) {
      state.answers = readAnswers(load.savedPlan, lang);
      state.furthest = LAST;
    } else {
      state.answers = blankAnswers(lang);
    }
  } catch (e) {
    state.answers = blankAnswers(lang);
    state.notice = '';
    state.status = t(m().serverError, { error: errorMessage(e) });
  }
  render();
}

void boot();
