// The fake clock and Utilities: formatDate with real zones, deterministic uuids, base64.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';

describe('clock and Date', () => {
  it('starts at the given time and moves only when the test moves it', () => {
    const { globals, emulator } = createAppsScript({ now: '2026-06-01T12:00:00Z' });
    expect(new globals.Date().toISOString()).toBe('2026-06-01T12:00:00.000Z');
    expect(globals.Date.now()).toBe(Date.parse('2026-06-01T12:00:00Z'));
    globals.Utilities.sleep(5000);
    expect(globals.Date.now()).toBe(Date.parse('2026-06-01T12:00:00Z'));
    emulator.clock.advanceDays(30);
    expect(new globals.Date().toISOString()).toBe('2026-07-01T12:00:00.000Z');
  });

  it('uses the script time zone for local time, across a daylight-saving change', () => {
    const { globals } = createAppsScript({ timeZone: 'Asia/Jerusalem', now: '2026-03-26T22:30:00Z' });
    const d = new globals.Date(); // 00:30 on Friday 27 March in Jerusalem (daylight time starts that morning)
    expect([d.getDate(), d.getDay(), d.getHours(), d.getMinutes()]).toEqual([27, 5, 0, 30]);
    d.setHours(12, 0);
    expect(d.toISOString()).toBe('2026-03-27T09:00:00.000Z'); // UTC+3 after the change
    expect(new globals.Date(2026, 0, 1).toISOString()).toBe('2025-12-31T22:00:00.000Z');
    expect(new globals.Date('2026-01-01').toISOString()).toBe('2026-01-01T00:00:00.000Z'); // ISO date-only is UTC
  });
});

describe('Utilities', () => {
  it('formats dates with Java patterns in any zone', () => {
    const { globals } = createAppsScript();
    const d = new globals.Date('2026-01-05T20:45:07Z');
    const U = globals.Utilities;
    expect(U.formatDate(d, 'Asia/Tehran', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-01-06 00:15:07');
    expect(U.formatDate(d, 'America/New_York', "EEE, d MMM yyyy h:mm a Z")).toBe('Mon, 5 Jan 2026 3:45 PM -0500');
    expect(U.formatDate(d, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-01-05T20:45:07Z');
    expect(U.formatDate(d, 'Asia/Riyadh', 'EEEE u D')).toBe('Monday 1 5');
    expect(() => U.formatDate(d, 'Mars/Olympus', 'yyyy')).toThrow(/timeZone/);
  });

  it('gives distinct uuids, base64 round trips and Java-signed digests', () => {
    const { globals } = createAppsScript();
    const U = globals.Utilities;
    const [a, b] = [U.getUuid(), U.getUuid()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(U.base64Encode('سلام')).toBe(Buffer.from('سلام').toString('base64'));
    expect(U.base64Decode(U.base64Encode('hi'))).toEqual([104, 105]);
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'a').every((x) => x >= -128 && x <= 127)).toBe(true);
  });
});

describe('time-only cells in zones that kept local mean time on 1899-12-30', () => {
  it.each([
    ['Asia/Tehran', (3 * 3600 + 25 * 60 + 44) * 1000],
    ['Asia/Riyadh', (3 * 3600 + 6 * 60 + 52) * 1000],
  ])('%s: 09:30 reads back as the instant of that offset, to the second, and formats as 09:30:00', (timeZone, lmt) => {
    const { globals } = createAppsScript({ timeZone });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('hh:mm');
    cell.setValue(9.5 / 24);
    const value = cell.getValue() as Date;
    expect(value.getTime()).toBe(Date.UTC(1899, 11, 30, 9, 30) - lmt);
    expect(globals.Utilities.formatDate(value, timeZone, 'HH:mm:ss')).toBe('09:30:00');
    expect(cell.getDisplayValue()).toBe('09:30');
  });
});
