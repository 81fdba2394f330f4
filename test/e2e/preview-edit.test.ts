/**
 * A user's edit in the preview, below the page: the value is parsed as Sheets parses typing, a
 * strict validation rule refuses it with its help text (nothing written), a lenient one keeps it,
 * onEdit and installable edit triggers run with the event Apps Script passes, and only then do the
 * formulas recompute.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewClock } from '../../scripts/preview/clock';
import { createHost } from '../../scripts/preview/host';

const pinned = previewClock('2026-01-05T09:00', 'Etc/UTC');

/** A project root whose dist/Code.js is `code` (an add-on with an onEdit, which ours lacks today). */
function rootWith(code: string): string {
  const root = mkdtempSync(join(tmpdir(), 'preview-edit-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/Code.js'), code);
  return root;
}

const ADD_ON = `
function onOpen(e) {}
function onEdit(e) {
  var note = e.authMode + ' ' + e.range.getA1Notation() + ' ' + e.oldValue + ' -> ' + e.value;
  e.source.getSheetByName('Sheet1').getRange('D1').setValue(note);
}
function logEdit(e) { e.source.getSheetByName('Sheet1').getRange('D2').setValue('installed ' + e.authMode + ' ' + e.range.getA1Notation()); }
function watchEdits() { ScriptApp.newTrigger('logEdit').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
`;

describe('a user edit in the preview', () => {
  it('parses typing as Sheets does and recomputes what depends on it', () => {
    const host = createHost({ root: rootWith(ADD_ON), clock: pinned });
    const sheet = host.addOn.emulator.spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('B1').setFormula('=A1*2');
    expect(host.edit('Sheet1', 1, 1, '21').ok).toBe(true);
    expect(sheet.getRange('A1').getValue()).toBe(21);
    expect(host.view().sheet!.rows[0][1]).toMatchObject({ text: '42', formula: '=A1*2', number: true });
    host.edit('Sheet1', 1, 1, '50%');
    expect(host.view().sheet!.rows[0][1]?.text).toBe('1');
    host.edit('Sheet1', 1, 1, "'=A2");
    expect(sheet.getRange('A1').getValue()).toBe('=A2'); // the apostrophe keeps it text
    expect(host.view().sheet!.rows[0][1]).toMatchObject({ text: '#VALUE!', error: expect.any(String) });
    host.edit('Sheet1', 2, 1, '=SUM(1, 2)');
    expect(host.view().sheet!.rows[1][0]).toMatchObject({ text: '3', formula: '=SUM(1, 2)' });
  });

  it('runs onEdit as a simple trigger and installed edit triggers as their owner, with the edited range', () => {
    const host = createHost({ root: rootWith(ADD_ON), clock: pinned });
    host.run('watchEdits', []);
    const sheet = host.addOn.emulator.spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('C3').setValue(5);
    expect(host.edit('Sheet1', 3, 3, '7')).toEqual({ ok: true, triggered: ['onEdit', 'logEdit'] });
    expect(sheet.getRange('D1').getValue()).toBe('LIMITED C3 5 -> 7');
    expect(sheet.getRange('D2').getValue()).toBe('installed FULL C3');
    // What the triggers wrote is in the view too.
    expect(host.view().sheet!.rows[0][3]?.text).toBe('LIMITED C3 5 -> 7');
  });

  it('refuses an entry a strict rule rejects, with its help text, and writes nothing', () => {
    const host = createHost({ root: rootWith(ADD_ON), clock: pinned });
    const { emulator } = host.addOn;
    const sheet = emulator.spreadsheet.getSheetByName('Sheet1')!;
    const app = (host.addOn.globals as any).SpreadsheetApp;
    const counted = emulator.countedSpreadsheet.getSheetByName('Sheet1')!; // rules pass through the counted API, as the add-on's do
    const rule = app.newDataValidation().requireValueInList(['Keep', 'Update', 'Delete']).setAllowInvalid(false).setHelpText('Pick Keep, Update or Delete.').build();
    counted.getRange('A1').setDataValidation(rule);
    sheet.getRange('A1').setValue('Keep');
    expect(host.edit('Sheet1', 1, 1, 'Maybe')).toEqual({ ok: false, error: 'Pick Keep, Update or Delete.' });
    expect(sheet.getRange('A1').getValue()).toBe('Keep');
    expect(sheet.getRange('D1').getValue()).toBe(''); // onEdit did not run for a refused entry
    expect(host.edit('Sheet1', 1, 1, 'Delete').ok).toBe(true);
    expect(sheet.getRange('A1').getValue()).toBe('Delete');

    const numbers = app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build();
    counted.getRange('B1').setDataValidation(numbers);
    expect(host.edit('Sheet1', 1, 2, '11')).toEqual({ ok: false, error: 'Input must be a number between 1 and 10.' });
    const lenient = app.newDataValidation().requireNumberBetween(1, 10).build();
    counted.getRange('B2').setDataValidation(lenient);
    expect(host.edit('Sheet1', 2, 2, '11').ok).toBe(true);
    expect(host.view().sheet!.rows[1][1]?.invalid).toBe('Input must be a number between 1 and 10.');
  });

  it('refuses cells outside the tab and tabs that do not exist', () => {
    const host = createHost({ root: rootWith(ADD_ON), clock: pinned });
    expect(host.edit('Sheet1', 1001, 1, 'x')).toEqual({ ok: false, error: 'That cell is outside the tab.' });
    expect(host.edit('Sheet1', 0, 1, 'x').ok).toBe(false);
    expect(host.edit('Nope', 1, 1, 'x')).toEqual({ ok: false, error: 'There is no tab named Nope.' });
  });
});
