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

/** The wanted name, or the first "name (n)" no tab uses. One call per name tried. */
export function freeTabName(spreadsheet: Spreadsheet, wanted: string): string {
  const base = tabNameOf(wanted);
  if (!spreadsheet.getSheetByName(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

const KINDS: readonly TabKind[] = ['audit', 'calendar', 'kpi', 'reviews'];

/** Our tabs by kind (a kind may have several: re-runs make new tabs). 3 calls + 3 per tab found. */
export function findTabs(spreadsheet: Spreadsheet): Map<TabKind, Sheet[]> {
  const found = new Map<TabKind, Sheet[]>();
  const tags = spreadsheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find();
  for (const tag of tags) {
    const kind = tag.getValue() as TabKind;
    if (!KINDS.includes(kind)) continue;
    const sheet = tag.getLocation().getSheet();
    if (!sheet) continue;
    const list = found.get(kind) ?? [];
    list.push(sheet);
    found.set(kind, list);
  }
  return found;
}
