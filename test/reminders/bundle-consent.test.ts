// Switching reminders on when the platform is less helpful than the tests' defaults: a clock
// trigger getUserTriggers does not list, user properties lost, a create Sheets refuses, and a
// user who left some permissions unticked on Google's consent screen (granular consent). In the
// built bundle with the emulator; triggers, mail and calls read from its state.
import { describe, expect, it } from 'vitest';
import { reminderMessages } from '../../src/i18n/messages';
import { triggerKey } from '../../src/reminders/state';
import { enable, RECIPIENTS, setupPlan, type Setup } from './support';

const m = reminderMessages.en;
const MAIL = 'https://www.googleapis.com/auth/script.send_mail';
const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';
const UI = 'https://www.googleapis.com/auth/script.container.ui';

function switchOn(s: Setup, hour: number): any {
  return s.addOn.serverCall('enableReminders', { hour, recipients: RECIPIENTS.join(', ') });
}

describe('switching reminders on finds our trigger by its handler', () => {
  it('with the settings lost and the clock trigger not listed under the document: replaces it, one trigger, no error', () => {
    const s = setupPlan();
    const { emulator } = s.addOn;
    enable(s, { hour: 9 });
    emulator.triggers.setUserTriggersListClock(false);
    emulator.properties.user().data.clear();
    const out = switchOn(s, 10);
    expect(out).toMatchObject({ ok: true, enabled: true, hour: 10 });
    expect(emulator.triggers.list).toHaveLength(1);
    expect(emulator.triggers.list[0].schedule?.atHour).toBe(10);
    // And the new one is known again: a later change replaces it without a refusal.
    expect(switchOn(s, 11)).toMatchObject({ ok: true, hour: 11 });
    expect(emulator.triggers.list.map((t) => t.schedule?.atHour)).toEqual([11]);
  });

  it('with the settings kept but the trigger not listed: a new hour replaces ours (found through the properties)', () => {
    const s = setupPlan();
    const { emulator } = s.addOn;
    emulator.triggers.setUserTriggersListClock(false);
    enable(s, { hour: 9 });
    emulator.resetCalls();
    expect(switchOn(s, 18)).toMatchObject({ ok: true, hour: 18 });
    expect(emulator.triggers.list.map((t) => t.schedule?.atHour)).toEqual([18]);
    // Found before creating: no refused create on the way.
    expect(emulator.calls.byMethod['ClockTriggerBuilder.create']).toBe(1);
  });

  it('never removes the trigger our properties tie to another spreadsheet', () => {
    const s = setupPlan();
    const { emulator } = s.addOn;
    emulator.triggers.setUserTriggersListClock(false);
    enable(s, { hour: 9 });
    // The same user's reminders in another spreadsheet (same project, same handler).
    const other = { ...emulator.triggers.list[0], id: 'other-doc-trigger', documentId: 'another-spreadsheet' };
    emulator.triggers.list.push(other);
    emulator.properties.user().data.clear();
    emulator.properties.user().data.set(triggerKey('other-doc-trigger'), 'another-spreadsheet');
    expect(switchOn(s, 12)).toMatchObject({ ok: true, hour: 12 });
    const left = emulator.triggers.list.map((t) => `${t.documentId} ${t.schedule?.atHour}`).sort();
    expect(left).toEqual([`${emulator.spreadsheet.getId()} 12`, 'another-spreadsheet 9']);
  });

  it('when Sheets keeps refusing the trigger: says so in the plan’s language, and throws nothing', () => {
    const s = setupPlan({ lang: 'fa', locale: 'fa_IR', timeZone: 'Asia/Tehran' });
    s.addOn.emulator.faults.throwOn('ClockTriggerBuilder.create', { message: 'This add-on has created too many time-based triggers in this document for this Google user account.' });
    const out = switchOn(s, 9);
    expect(out).toEqual({ ok: false, problems: [{ field: 'settings', message: reminderMessages.fa.triggerRefused }] });
    expect(s.addOn.emulator.triggers.list).toHaveLength(0);
  });
});

describe('partial consent', () => {
  it.each([
    [[MAIL], [m.permissionMail]],
    [[TRIGGERS], [m.permissionTrigger]],
    [[MAIL, TRIGGERS], [m.permissionTrigger, m.permissionMail]],
  ])('with %j unticked, switching on names the missing permission, links to grant it, and creates nothing', (ungranted, named) => {
    const s = setupPlan();
    const { emulator } = s.addOn;
    emulator.faults.setUngrantedScopes(ungranted);
    emulator.resetCalls();
    const out = switchOn(s, 9);
    expect(out.ok).toBe(false);
    const message: string = out.problems[0].message;
    for (const name of named) expect(message).toContain(name);
    if (named.length === 1) expect(message).not.toContain(named[0] === m.permissionMail ? m.permissionTrigger : m.permissionMail);
    expect(message).toContain('/authorize');
    expect(emulator.triggers.list).toHaveLength(0);
    expect(emulator.calls.byMethod['ClockTriggerBuilder.create']).toBeUndefined();
    // Granted afterwards: it switches on.
    emulator.faults.setUngrantedScopes([]);
    expect(switchOn(s, 9)).toMatchObject({ ok: true });
  });

  /** Reminders on at 08:00, then a fortnight of daily runs with `scope` unticked; each run ends without an error. */
  function dailyRunsWithout(scope: string) {
    const s = setupPlan();
    const { emulator } = s.addOn;
    enable(s, { hour: 8 });
    emulator.faults.setUngrantedScopes([scope]);
    emulator.resetCalls();
    const runs = s.addOn.runTriggers('2026-01-20T00:00:00Z');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.error === undefined)).toBe(true);
    return { s, emulator };
  }

  it('the daily run needs no UI permission: it loads the add-on from dist/AddOn.html and mails all the same', () => {
    const { emulator } = dailyRunsWithout(UI);
    expect(emulator.calls.byMethod['HtmlTemplate.getRawContent']).toBeGreaterThan(0);
    expect(emulator.calls.byMethod['MailApp.sendEmail']).toBeGreaterThan(0);
  });

  it('the daily run with mail unticked: does not try to send, and the dialog says permission is needed', () => {
    const { s, emulator } = dailyRunsWithout(MAIL);
    expect(emulator.calls.byMethod['MailApp.sendEmail']).toBeUndefined();
    expect((s.addOn.serverCall('reminderStatus') as any).status).toBe(m.statusNeedsAuth);
  });
});
