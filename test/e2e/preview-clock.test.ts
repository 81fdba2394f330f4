/**
 * The preview's clock: the machine's by default (the example plan starts next month, triggers fire
 * as real time passes), or pinned by PREVIEW_NOW as a wall time in the spreadsheet's zone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewClock } from '../../scripts/preview/clock';
import { withClock } from '../../scripts/preview/workbook';
import { createHost } from '../../scripts/preview/host';

const root = join(import.meta.dirname, '../..');

describe('previewClock', () => {
  it('reads PREVIEW_NOW as a wall time in the zone', () => {
    expect(previewClock('2027-03-01T09:00', 'Asia/Tehran').nowIso()).toBe('2027-03-01T05:30:00.000Z');
    expect(previewClock('2027-03-01T09:00', 'America/New_York').nowIso()).toBe('2027-03-01T14:00:00.000Z');
    expect(previewClock('2027-03-01', 'Etc/UTC').nowIso()).toBe('2027-03-01T09:00:00.000Z');
    expect(previewClock('2027-03-01T09:00:00Z', 'Asia/Tehran').nowIso()).toBe('2027-03-01T09:00:00.000Z');
    expect(previewClock('2027-03-01T09:00', 'Etc/UTC').live).toBe(false);
  });

  it('refuses what is not a date or a zone, saying how to write it', () => {
    for (const bad of ['2027-02-30', '2027-13-01', 'tomorrow', '01/03/2027', '2027-03-01T25:00']) {
      expect(() => previewClock(bad, 'Etc/UTC')).toThrow(/PREVIEW_NOW="[^"]+" is not a date: write it as 2027-03-01T09:00/);
    }
    expect(() => previewClock(undefined, 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });

  it('follows the machine when nothing is pinned', () => {
    let now = Date.parse('2031-07-10T12:00:00Z');
    const clock = previewClock(undefined, 'Etc/UTC', () => now);
    expect(clock.live).toBe(true);
    expect(clock.nowIso()).toBe('2031-07-10T12:00:00.000Z');
    now += 3_600_000;
    expect(clock.nowIso()).toBe('2031-07-10T13:00:00.000Z');
    expect(previewClock('', undefined).live).toBe(true);
  });
});

describe('the preview on the machine clock', () => {
  it('plans the example from next month and fires the reminder when its hour comes', () => {
    // 10:00 in Paris: today's 08:00 hour has passed. (Switched on inside its hour, a trigger may still
    // fire that same hour: Google picks a minute within it, and so does the emulator.)
    let machine = Date.parse('2031-07-10T08:00:00Z');
    const host = createHost({ root, locale: 'en_US', clock: previewClock(undefined, 'Europe/Paris', () => machine) });
    host.clickMenu('showSidebar');
    const plan = (host.run('examplePlan', ['en']) as { ok: true; value: any }).value;
    expect(plan.contentPlan.startDate).toBe('2031-08-01');
    expect(host.run('generateTabs', [plan]).ok).toBe(true);
    const on = host.run('enableReminders', [{ recipients: ['maya@example.com'], hour: 8 }]);
    expect(on).toMatchObject({ ok: true });
    expect(host.view().fired).toEqual([]);

    machine = Date.parse('2031-07-11T07:30:00Z'); // 09:30 in Paris the next day: the 08:00 run is due
    const view = host.view();
    expect(view.now).toBe('2031-07-11T07:30:00.000Z');
    expect(view.fired.map((f) => [f.handler, f.error])).toEqual([['onReminderTrigger', undefined]]);
    expect(view.fired[0].at.slice(0, 10)).toBe('2031-07-11');
  });

  it('stays where PREVIEW_NOW pins it', () => {
    const host = createHost({ root, locale: 'en_US', clock: previewClock('2027-03-01T09:00', 'Etc/UTC') });
    host.clickMenu('showSidebar');
    const plan = (host.run('examplePlan', ['en']) as { ok: true; value: any }).value;
    expect(plan.contentPlan.startDate).toBe('2027-04-01');
    expect(host.view().now).toBe('2027-03-01T09:00:00.000Z');
  });
});

describe('TODAY() in the preview', () => {
  it('reads the preview clock, not the machine, and leaves text in quotes alone', () => {
    expect(withClock('=IF(A1="TODAY()", TODAY(), NOW()-today( ))', 46082.375)).toBe('=IF(A1="TODAY()", 46082, 46082.375-46082)');
    const host = createHost({ root, locale: 'en_US', clock: previewClock('2027-03-01T09:00', 'Etc/UTC') });
    host.addOn.emulator.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setFormula('=TODAY()');
    host.addOn.emulator.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setNumberFormat('yyyy-mm-dd');
    host.run('onOpen', [{ authMode: 'NONE' }]); // any run: the cells may have changed
    expect(host.view().sheet!.rows[0][0]?.text).toBe('2027-03-01');
  });
});
