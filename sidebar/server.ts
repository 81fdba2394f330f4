/**
 * The one way the wizard talks to Apps Script: a typed promise wrapper around google.script.run
 * (the shape of enuchi/gas-client). `await server.generateTabs(plan)`. Arguments are made plain
 * first — a Date becomes its ISO string, undefined is dropped — because google.script.run only
 * carries primitives, arrays and plain objects.
 */
import type { ServerFunctions } from './contract';

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } } | undefined;

export type Server = {
  [K in keyof ServerFunctions]: (...args: Parameters<ServerFunctions[K]>) => Promise<Awaited<ReturnType<ServerFunctions[K]>>>;
};

/** Dates → ISO strings, undefined dropped, everything else plain. */
export function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toPlain(v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') out[key] = toPlain(v);
    }
    return out;
  }
  return value;
}

/** The message of whatever the server threw (google.script.run hands over an Error or a string). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message);
  return String(error);
}

export function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    runner[name](...args.map(toPlain));
  });
}

const names: (keyof ServerFunctions & string)[] = [
  'loadWizard',
  'saveWizard',
  'examplePlan',
  'generateTabs',
  'keyDates',
  'openTab',
  'enableReminders',
  'disableReminders',
];

export const server = Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => call(name, args)])) as Server;
