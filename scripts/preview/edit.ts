/**
 * A user typing into a cell of the preview, as Sheets handles it: the cell's validation rule first
 * (a rule that rejects invalid input refuses the value with its help text; a lenient one keeps it
 * and marks the cell), then the value parsed and stored as a user's entry (numbers, percents,
 * dates, "=formulas", "'text"), then the onEdit simple trigger and any installable edit triggers.
 */
import { writeValue, type Cell } from '../../test/emulator/cells';
import type { DataValidation } from '../../test/emulator/data-validation';
import type { AddOn } from '../../test/support/bundle';
import { ruleMessage } from './view';

export type EditResult = { ok: true; triggered: string[] } | { ok: false; error: string };

/** Sheets' typing limit for one cell. */
const MAX_CELL_CHARS = 50_000;

export function userEdit(addOn: AddOn, sheetName: string, row: number, column: number, input: string | boolean): EditResult {
  const { emulator, run } = addOn;
  const sheet = emulator.spreadsheet._sheets.find((s) => s._name === sheetName);
  if (!sheet) return { ok: false, error: `There is no tab named ${sheetName}.` };
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1 || row > sheet._maxRows || column > sheet._maxColumns) {
    return { ok: false, error: 'That cell is outside the tab.' };
  }
  if (typeof input === 'string' && input.length > MAX_CELL_CHARS) return { ok: false, error: `A cell holds at most ${MAX_CELL_CHARS} characters.` };
  const cell = sheet._cell(row, column, false);
  const rule = cell?.validation as DataValidation | undefined;
  if (rule) {
    const probe: Cell = { numberFormat: cell?.numberFormat };
    writeValue(probe, input, sheet._writeContext());
    if (probe.formula === undefined && !rule._accepts(probe.value) && !rule._allowInvalid) return { ok: false, error: ruleMessage(rule) };
  }
  const oldValue = cell?.formula === undefined ? cell?.value : undefined;
  const range = sheet.getRange(row, column);
  range.setValue(input);
  emulator.spreadsheet._setActive(sheet, range);

  // onEdit(e) runs as a simple trigger (LIMITED); installable edit triggers as their owner (FULL).
  const stored = sheet._cell(row, column, false);
  const event = (authMode: string) => ({
    authMode,
    source: emulator.countedSpreadsheet,
    range: emulator.countedSpreadsheet.getSheetByName(sheetName)!.getRange(row, column),
    value: stored?.formula === undefined ? stored?.value : undefined,
    oldValue,
    user: { getEmail: () => emulator.spreadsheet._env.activeUserEmail },
  });
  const triggered: string[] = [];
  const before = emulator.authMode();
  try {
    if (typeof run.onEdit === 'function') {
      emulator.setAuthMode('LIMITED');
      run.onEdit(event('LIMITED'));
      triggered.push('onEdit');
    }
    for (const trigger of emulator.triggers.list.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === emulator.spreadsheet._id)) {
      if (typeof run[trigger.handler] !== 'function') continue;
      emulator.setAuthMode('FULL');
      run[trigger.handler](event('FULL'));
      triggered.push(trigger.handler);
    }
  } catch (e) {
    // A failing trigger does not undo the edit, as in Sheets; the preview reports it.
    return { ok: true, triggered: [...triggered, `failed: ${String((e as Error)?.message ?? e)}`] };
  } finally {
    emulator.setAuthMode(before);
  }
  return { ok: true, triggered };
}
