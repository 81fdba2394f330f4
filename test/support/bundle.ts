/**
 * loadAddOn(): the built dist/Code.js running in a fresh node:vm context against a fresh emulator.
 * `run` is the bundle's global scope (run.onOpen, run.generateTabs, run.ENGAGEMENT_RATE…).
 * Helpers drive it the ways Apps Script does: opening the document (onOpen in an auth mode), a
 * menu click, a google.script.run call (arguments and result serialized like the real bridge),
 * and time-driven triggers firing as the fake clock moves. Each of those is an execution of its
 * own, in a fresh context over the same emulator, as Apps Script runs them; `run` is one more, kept
 * for tests that call the functions directly.
 */
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { BUNDLE_PATH, loadBundle } from '../../scripts/lib/vm-bundle.mjs';
import { createAppsScript, type AppsScriptOptions, type AuthModeName, type Emulator } from '../emulator/index';

export interface LoadAddOnOptions extends AppsScriptOptions {
  /** Bundle source to load instead of dist/Code.js. */
  code?: string;
}

export interface TriggerRun {
  handler: string;
  at: string;
  error?: string;
}

/** The names the bundle declares with @customfunction (Sheets knows them from the script). */
function customFunctionsOf(code: string): string[] {
  return [...code.matchAll(/@customfunction[\s\S]*?\*\/\s*function\s+([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

export function loadAddOn(options: LoadAddOnOptions = {}) {
  const code = options.code ?? readFileSync(BUNDLE_PATH, 'utf8');
  const { globals, emulator } = createAppsScript({ customFunctions: customFunctionsOf(code), ...options });
  const { context, logged } = loadBundle(globals as unknown as Record<string, unknown>, { code });
  const errorClass = vm.runInContext('Error', context) as ErrorConstructor;
  emulator.useErrorClass(errorClass);
  if (emulator.calls.total > 0) {
    throw new Error(`Loading the bundle made ${emulator.calls.total} service calls (${emulator.calls.sequence.join(', ')}): global code must not call services.`);
  }
  const run = context as Record<string, any>;

  /**
   * A new global scope over the same emulator, as Apps Script gives each execution: the services
   * (and the logger) as they stand in `run`, so a test that swapped one in `run` swaps it here too.
   */
  function freshExecution(): Record<string, any> {
    const services: Record<string, unknown> = { Logger: run.Logger, console: run.console };
    for (const name of Object.keys(globals)) services[name] = run[name];
    return loadBundle(services, { code }).context as Record<string, any>;
  }

  /** Calls a global function as one execution of its own: a fresh scope, in `mode`. */
  function execute(name: string, mode: AuthModeName, args: (scope: object) => unknown[], missing: string): unknown {
    const scope = freshExecution();
    const fn = scope[name];
    if (typeof fn !== 'function') throw new Error(missing);
    emulator.useErrorClass(vm.runInContext('Error', scope) as ErrorConstructor);
    try {
      return inMode(mode, () => fn(...args(scope)));
    } finally {
      emulator.useErrorClass(errorClass);
    }
  }

  /** Runs `fn` as one execution in `mode`, then back to FULL. */
  function inMode<T>(mode: AuthModeName, fn: () => T): T {
    const before = emulator.authMode();
    emulator.setAuthMode(mode);
    try {
      return fn();
    } finally {
      emulator.setAuthMode(before);
    }
  }

  return {
    run,
    emulator,
    globals,
    /** What the bundle logged (Logger.log / console.*). */
    logged,
    /** Opening the spreadsheet: simple-trigger onOpen in `authMode` (NONE before the add-on is used in this document). */
    open(authMode: AuthModeName = 'NONE') {
      return execute('onOpen', authMode, () => [{ authMode, source: emulator.countedSpreadsheet }], 'onOpen is not a global function');
    },
    install() {
      return execute('onInstall', 'FULL', () => [{ authMode: 'FULL', source: emulator.countedSpreadsheet }], 'onInstall is not a global function');
    },
    /** Clicks the add-on menu item with that caption (runs its function in FULL mode). */
    clickMenu(caption: string) {
      const item = emulator.ui.addonMenuItems().find((i) => i.caption === caption);
      if (!item) throw new Error(`No add-on menu item "${caption}"; menu: ${emulator.ui.addonMenuItems().map((i) => i.caption).join(', ')}`);
      return execute(item.functionName, 'FULL', () => [], `Menu item "${caption}" calls ${item.functionName}, which is not a global function.`);
    },
    /**
     * A google.script.run call: arguments and result go through JSON in the add-on's realm, as the
     * bridge does. A Date or function in the result fails, because the real bridge drops them.
     */
    serverCall(name: string, ...args: unknown[]) {
      const result = execute(name, 'FULL', (scope) => (vm.runInContext('JSON.parse', scope) as (t: string) => unknown[])(JSON.stringify(args)), `google.script.run.${name}: no such global function`);
      assertSerializable(result, name);
      return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
    },
    /** Moves the fake clock to `untilIso`, firing the clock triggers due on the way, each as its owner. */
    runTriggers(untilIso: string): TriggerRun[] {
      const runs: TriggerRun[] = [];
      const due = emulator.triggers.due(emulator.clock.nowIso(), untilIso);
      for (const { trigger, at } of due) {
        if (!emulator.triggers.list.includes(trigger)) continue; // deleted by an earlier run
        emulator.clock.setNow(at);
        emulator.setUser(trigger.owner);
        emulator.locks.releaseAll();
        const entry: TriggerRun = { handler: trigger.handler, at };
        try {
          execute(trigger.handler, 'FULL', () => [clockEvent(trigger.id, Date.parse(at))], `Script function not found: ${trigger.handler}`);
        } catch (e) {
          entry.error = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e);
        }
        runs.push(entry);
      }
      emulator.clock.setNow(untilIso);
      return runs;
    },
  };
}

export type AddOn = ReturnType<typeof loadAddOn>;
export type { Emulator };

/** The event object of a time-driven trigger (Apps Script reports these fields in UTC). */
function clockEvent(triggerUid: string, ms: number) {
  const d = new Date(ms);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.ceil(((ms - start) / 86_400_000 + 1) / 7),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function assertSerializable(value: unknown, name: string, path = 'result'): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'function') throw new Error(`google.script.run.${name}: ${path} is a function, which the bridge cannot return`);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`google.script.run.${name}: ${path} is a Date, which the bridge cannot return (send an ISO string)`);
  }
  if (typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value as object)) assertSerializable(v, name, `${path}.${k}`);
}
