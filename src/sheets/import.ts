/**
 * previewImport / importAnalytics: the edge of "Import analytics…". It brings the pure import
 * (src/import) what it needs from Apps Script — the spreadsheet's time zone and locale, the KPI
 * tab's cells (found by its tag), the saved plan, the ledger of earlier imports — and, for an
 * import, writes the log's changed cells in one setValues and the ledger in one setProperties,
 * under the document lock. A problem returns `{ problems }` in the user's language and writes
 * nothing; an unexpected error is logged and answered with one plain sentence, never a stack.
 *
 * Service calls per import, whatever the file's size (25 with the wizard's four tabs; 19 for a
 * preview): the user's locale 1, properties read 2, spreadsheet, zone and locale 3, tab lookup
 * 3 + 3 per tagged tab, log read 3, lock 3, write 2, properties write 1 (+1 per stale piece).
 */
import { documentLock } from './lock';
import type { Lang } from '../i18n/lang';
import { importMessages } from '../i18n/messages';
import { placePosts, readExport, type ExportRead } from '../import/analyse';
import { writeBlock } from '../import/changes';
import { readChoicesArg, readFileArg, remember, rememberedOf } from '../import/choices';
import { parseLedger, serializeLedger } from '../import/ledger';
import { dayOfText, readLog } from '../import/log';
import { doneModel, previewModel, problemsOut, type ImportDone, type PreviewModel, type ProblemOut } from '../import/report';
import type { ImportProblem } from '../import/types';
import { cutIntoPieces, readHeader, utf8Length } from '../plan/saved-plan';
import { planEndDate } from '../plan/schema';
import { isDate } from '../functions/cells';
import { userLang } from '../ui/user-lang';
import { loadSavedPlan } from './plan-store';
import { findTabs } from './tabs';

export const LEDGER_KEY = 'socialStrategy.import.ledger';
export const LAYOUTS_KEY = 'socialStrategy.import.layouts';
const pieceKey = (i: number) => `${LEDGER_KEY}.${i}`;
const PIECE_KEY = /^socialStrategy\.import\.ledger\.(\d+)$/;
/** Room the ledger may take in document properties (500 KB in all, the plan and drafts beside it). */
export const LEDGER_MAX_BYTES = 250_000;
const LOCK_MS = 10_000;

type Problems = { problems: ProblemOut[] };

export function previewImport(file: unknown, choices: unknown): PreviewModel | Problems {
  return guarded((lang) => run(file, choices, false, lang) as PreviewModel | Problems);
}

export function importAnalytics(file: unknown, choices: unknown): ImportDone | Problems {
  return guarded((lang) => run(file, choices, true, lang) as ImportDone | Problems);
}

function guarded<T>(fn: (lang: Lang) => T): T | Problems {
  const lang = userLang();
  try {
    return fn(lang);
  } catch (e) {
    console.error(e instanceof Error ? e.stack ?? e.message : String(e));
    return { problems: [{ code: 'busy', message: importMessages[lang].failed }] };
  }
}

function run(fileArg: unknown, choicesArg: unknown, write: boolean, lang: Lang): PreviewModel | ImportDone | Problems {
  const fail = (...problems: ImportProblem[]) => problemsOut(problems, lang);
  const file = readFileArg(fileArg);
  if ('code' in file) return fail(file);
  const choices = readChoicesArg(choicesArg);
  if ('code' in choices) return fail(choices);

  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const plan = loadSavedPlan({ getProperties: () => stored } as GoogleAppsScript.Properties.Properties);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();

  const days = new Map<number, string>();
  const dayOf = (ms: number) => {
    const hour = Math.floor(ms / 3_600_000); // zones move by whole hours or halves: one formatDate an hour
    let day = days.get(hour);
    if (day === undefined) days.set(hour, (day = Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd')));
    return day;
  };
  const read = readExport(file.name, file.text, choices, {
    dayOf,
    ownOrder: /^en_US/i.test(locale) ? 'mdy' : 'dmy',
    window: plan ? { from: plan.contentPlan.startDate, to: planEndDate(plan) } : null,
    remembered: (layout) => rememberedOf(stored[LAYOUTS_KEY], layout),
    today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
  });
  if ('problems' in read) return fail(...read.problems);

  const kpiTabs = findTabs(spreadsheet).get('kpi') ?? [];
  const sheet = kpiTabs[kpiTabs.length - 1]; // the newest, when the wizard was run again
  if (!sheet) return fail({ code: 'noKpiTab' });
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const periodDays = new Map<number, string>(); // each period's date repeats once per network
  const dayOfCell = (v: unknown) => {
    if (!isDate(v)) return dayOfText(v);
    let day = periodDays.get(v.getTime());
    if (day === undefined) periodDays.set(v.getTime(), (day = Utilities.formatDate(v, timeZone, 'yyyy-MM-dd')));
    return day;
  };
  const log = readLog(values, formulas, dayOfCell, plan?.reviews.kpi);
  if (!log) return fail({ code: 'noLog' });

  const before = parseLedger(ledgerTextOf(stored));
  const placement = placePosts(read, log, before, choices.overwriteTyped);
  if (!write) return previewModel(read, placement, lang);

  const ledgerText = serializeLedger(placement.ledger);
  if (utf8Length(ledgerText) > LEDGER_MAX_BYTES) return fail({ code: 'ledgerFull' });
  const lock = documentLock('script');
  if (!lock.tryLock(LOCK_MS)) return fail({ code: 'busy' });
  try {
    const block = writeBlock(log, placement.changes.written, values, formulas);
    if (block) sheet.getRange(block.row, block.column, block.values.length, block.values[0].length).setValues(block.values as never);
    saveState(properties, stored, ledgerText, read, choices);
  } finally {
    lock.releaseLock();
  }
  return doneModel(read, placement, lang);
}

/** The stored ledger's text, or null when none is stored or a piece is missing. */
function ledgerTextOf(stored: Record<string, string>): string | null {
  const header = readHeader(stored[LEDGER_KEY]);
  if (!header) return null;
  const pieces = Array.from({ length: header.pieces }, (_, i) => stored[pieceKey(i)]);
  return pieces.every((p) => typeof p === 'string') ? pieces.join('') : null;
}

/** The ledger in pieces under 9 KB and the layout's choices, in one setProperties. */
function saveState(properties: GoogleAppsScript.Properties.Properties, stored: Record<string, string>, ledgerText: string, read: ExportRead, choices: { columns: Record<string, string>; network?: string }): void {
  const pieces = cutIntoPieces(ledgerText);
  const changed: Record<string, string> = {};
  read.targets.forEach((t, i) => {
    if (t !== read.defaults[i]) changed[String(i)] = t;
  });
  const values: Record<string, string> = {
    [LEDGER_KEY]: JSON.stringify({ version: 1, pieces: pieces.length }),
    [LAYOUTS_KEY]: remember(stored[LAYOUTS_KEY], read.layout, { columns: changed as never, network: (choices.network ?? read.network ?? undefined) as never }),
  };
  pieces.forEach((piece, i) => (values[pieceKey(i)] = piece));
  properties.setProperties(values);
  for (const key of Object.keys(stored)) {
    const m = PIECE_KEY.exec(key);
    if (m && Number(m[1]) >= pieces.length) properties.deleteProperty(key);
  }
}
