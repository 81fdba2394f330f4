/**
 * Our tabs in a spreadsheet: a free name for a new one (never overwrite: "Calendar", then
 * "Calendar (2)"…), and finding them by developer metadata, which follows a tab through renames.
 */
import { TAB_METADATA_KEY, type TabKind } from './spec';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAX_NAME = 100;

/** A title as a tab name Sheets accepts (not blank, at most 100 characters). */
export function tabNameOf(title: string): string {
  return (title.trim() || 'Tab').slice(0, MAX_NAME);
}

/** "name (n)", cut so it stays within Sheets' 100 characters. */
function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, MAX_NAME - suffix.length) + suffix;
}

/** Inserts that fail on a name getSheetByName called free before we give up and rethrow. */
const MAX_SURPRISES = 3;

/**
 * Gives something a free name after `title`, never taking one in use: "Calendar", else "Calendar (2)",
 * "Calendar (3)"… `claim(name)` is the call that takes the name (insertSheet, or setName on a tab
 * built under a temporary name). One call when the name is free (the usual case). When Sheets
 * refuses it, each next name costs a getSheetByName, and a claim once one looks free. Sheets compares
 * tab names ignoring case, and a claim can still be refused ("calendar (2)" taken); that name is
 * skipped, but a refusal that keeps happening on free-looking names is a real error and is thrown.
 */
export function claimFreeName<T>(spreadsheet: Spreadsheet, title: string, claim: (name: string) => T): { value: T; name: string } {
  const base = tabNameOf(title);
  let refusal: unknown;
  try {
    return { value: claim(base), name: base };
  } catch (e) {
    refusal = e;
  }
  let surprises = 0;
  for (let n = 2; surprises < MAX_SURPRISES; n += 1) {
    const name = numbered(base, n);
    if (spreadsheet.getSheetByName(name)) continue;
    try {
      return { value: claim(name), name };
    } catch (e) {
      refusal = e;
      surprises += 1;
    }
  }
  throw refusal;
}

/**
 * Inserts a new tab named after `title`, never replacing one (see claimFreeName). `made` hears of
 * the tab as soon as it exists, so a caller can take it back even if a later call fails.
 */
export function insertTab(spreadsheet: Spreadsheet, title: string, made?: (sheet: Sheet, name: string) => void): { sheet: Sheet; name: string } {
  const { value, name } = claimFreeName(spreadsheet, title, (n) => spreadsheet.insertSheet(n));
  made?.(value, name);
  return { sheet: value, name };
}

/** The kinds read by default: the dashboards are asked for only by their refresh (each tag read costs calls). */
const KINDS: readonly TabKind[] = ['strategy', 'audit', 'calendar', 'kpi', 'reviews'];

/** Our tabs by kind (a kind may have several: re-runs make new tabs). 3 calls + 1 per tag + 2 per tab of a kind asked for. */
export function findTabs(spreadsheet: Spreadsheet, kinds: readonly TabKind[] = KINDS): Map<TabKind, Sheet[]> {
  const found = new Map<TabKind, Sheet[]>();
  const tags = spreadsheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find();
  for (const tag of tags) {
    const kind = tag.getValue() as TabKind;
    if (!kinds.includes(kind)) continue;
    const sheet = tag.getLocation().getSheet();
    if (!sheet) continue;
    const list = found.get(kind) ?? [];
    list.push(sheet);
    found.set(kind, list);
  }
  return found;
}
