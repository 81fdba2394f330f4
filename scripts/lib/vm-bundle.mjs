// Loads dist/Code.js the way Apps Script does: one script in a fresh V8 context that holds the
// language built-ins and only the globals Apps Script provides (passed in `services`). No require,
// process, setTimeout, fetch or URL: if the bundle leans on any of them, loading or calling fails.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const BUNDLE_PATH = new URL('../../dist/Code.js', import.meta.url);

/** A Logger/console pair like Apps Script's, keeping what was logged for tests to read. */
export function makeLogger() {
  const lines = [];
  const log = (...args) => {
    lines.push(args.map(String).join(' '));
  };
  return { lines, Logger: { log }, console: { log, info: log, warn: log, error: log } };
}

/**
 * @param {Record<string, unknown>} services Apps Script globals (SpreadsheetApp, …) for this context.
 * @param {{ code?: string }} [options]
 * @returns {{ context: Record<string, any>, logged: string[] }}
 */
export function loadBundle(services = {}, options = {}) {
  const code = options.code ?? readFileSync(BUNDLE_PATH, 'utf8');
  const logger = makeLogger();
  const context = vm.createContext({ Logger: logger.Logger, console: logger.console, ...services });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, logged: logger.lines };
}
