// ScriptApp triggers: real state, Apps Script's limits, and firing times on the fake clock.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';
import { loadAddOn } from '../support/bundle';

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes a daily trigger with its handler, type and source', () => {
    const { globals, emulator } = createAppsScript();
    const S = globals.ScriptApp;
    const trigger = S.newTrigger('sendDigest').timeBased().everyDays(1).atHour(8).nearMinute(30).inTimezone('Asia/Riyadh').create();
    expect([trigger.getHandlerFunction(), trigger.getEventType(), trigger.getTriggerSource(), trigger.getTriggerSourceId()]).toEqual([
      'sendDigest', S.EventType.CLOCK, S.TriggerSource.CLOCK, null,
    ]);
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(S.getUserTriggers(ss).map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    const onOpen = S.newTrigger('openHandler').forSpreadsheet(ss).onOpen().create();
    expect([onOpen.getEventType(), onOpen.getTriggerSource(), onOpen.getTriggerSourceId()]).toEqual(['ON_OPEN', 'SPREADSHEETS', ss.getId()]);
    S.deleteTrigger(S.getProjectTriggers()[0]);
    expect(emulator.triggers.list.map((t) => t.handler)).toEqual(['openHandler']);
  });

  it('allows an add-on one trigger per type per document, and never more often than hourly', () => {
    const { globals } = createAppsScript();
    const S = globals.ScriptApp;
    S.newTrigger('a').timeBased().everyDays(1).atHour(9).create();
    expect(() => S.newTrigger('b').timeBased().everyWeeks(1).onWeekDay(S.WeekDay.MONDAY).create()).toThrow(/too many time-based triggers in this document/);
    expect(() => S.newTrigger('c').timeBased().everyMinutes(30).create()).toThrow(/more than once an hour/);
  });

  it('stops at 20 triggers per user per script', () => {
    const { globals } = createAppsScript({ addOn: false });
    for (let i = 0; i < 20; i += 1) globals.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => globals.ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('shows each user only their own triggers', () => {
    const { globals, emulator } = createAppsScript();
    globals.ScriptApp.newTrigger('mine').timeBased().everyDays(1).atHour(9).create();
    emulator.setUser('colleague@example.com');
    expect(globals.ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('fires a daily trigger within its hour in its time zone as the clock moves (Google picks the minute)', () => {
    const code = `
      function install() { ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(8).inTimezone('Asia/Tehran').create(); }
      function tick(e) { PropertiesService.getUserProperties().setProperty('last', new Date().toISOString() + ' ' + e.triggerUid); }
    `;
    const addOn = loadAddOn({ code, now: '2026-01-05T09:00:00Z' });
    addOn.run.install();
    const runs = addOn.runTriggers('2026-01-08T00:00:00Z');
    // 08:00–08:59 in Tehran is 04:30–05:29 UTC; the 5th's 08:00 hour had passed when the trigger was made.
    expect(runs.map((r) => r.at.slice(0, 10))).toEqual(['2026-01-06', '2026-01-07']);
    for (const r of runs) {
      const ms = Date.parse(r.at) - Date.parse(`${r.at.slice(0, 10)}T04:30:00Z`);
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(3_600_000);
    }
    // Not on the hour every day: the minute is the platform's choice.
    expect(new Set(runs.map((r) => r.at.slice(11, 19))).size).toBe(2);
    expect(runs.every((r) => r.error === undefined)).toBe(true);
    expect(addOn.emulator.properties.user().data.get('last')).toBe(`${runs[1].at} ${addOn.emulator.triggers.list[0].id}`);
    expect(addOn.emulator.clock.nowIso()).toBe('2026-01-08T00:00:00.000Z');
  });

  it('reports authorization as required when switched, with a URL to authorize', () => {
    const { globals, emulator } = createAppsScript();
    const S = globals.ScriptApp;
    expect(S.getAuthorizationInfo(S.AuthMode.FULL).getAuthorizationStatus()).toBe(S.AuthorizationStatus.NOT_REQUIRED);
    emulator.faults.setAuthorizationRequired(true);
    const info = S.getAuthorizationInfo(S.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    expect(() => globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Authorization is required to perform that action.');
  });

  it('with one scope not granted after an update: REQUIRED, and only the calls needing it fail', () => {
    const { globals, emulator } = createAppsScript();
    const S = globals.ScriptApp;
    emulator.faults.setUngrantedScopes(['https://www.googleapis.com/auth/script.send_mail']);
    expect(S.getAuthorizationInfo(S.AuthMode.FULL).getAuthorizationStatus()).toBe('REQUIRED');
    expect(() => globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Authorization is required to perform that action.');
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
    globals.PropertiesService.getUserProperties().setProperty('still', 'works');
    expect(globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().length).toBeGreaterThan(0);
    emulator.faults.setUngrantedScopes([]);
    expect(S.getAuthorizationInfo(S.AuthMode.FULL).getAuthorizationStatus()).toBe('NOT_REQUIRED');
  });
});
