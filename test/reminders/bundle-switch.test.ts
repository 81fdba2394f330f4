// Switching reminders on and off through the built bundle's globals: exactly one daily trigger
// per document and user (twice in a row, from two windows, with another user), off removes only
// ours, settings validated, the status and the menu's dialog. Triggers, properties and the UI
// are read from the emulator's state.
import { describe, expect, it } from 'vitest';
import { menuMessages, reminderMessages } from '../../src/i18n/messages';
import { loadAddOn } from '../support/bundle';
import { enable, RECIPIENTS, setupPlan, sheetOf } from './support';

const m = reminderMessages.en;

describe('enableReminders / disableReminders', () => {
  it('are top-level functions of dist/Code.js, with onReminderTrigger, reminderStatus and showReminderSettings', () => {
    const { addOn } = setupPlan();
    for (const name of ['enableReminders', 'disableReminders', 'onReminderTrigger', 'reminderStatus', 'showReminderSettings']) {
      expect(typeof addOn.run[name]).toBe('function');
    }
  });

  it('switching on installs one daily trigger at the hour, in the spreadsheet zone, and the Reviews tab', () => {
    const s = setupPlan({ timeZone: 'Asia/Riyadh', locale: 'ar_SA', lang: 'ar' });
    const out = enable(s, { hour: 7 });
    expect(out).toMatchObject({ ok: true, enabled: true, hour: 7, recipients: RECIPIENTS, timeZone: 'Asia/Riyadh' });
    const list = s.addOn.emulator.triggers.list;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ handler: 'onReminderTrigger', eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 7, timeZone: 'Asia/Riyadh' } });
    const reviews = s.addOn.emulator.spreadsheet.getSheetByName(reminderMessages.ar.tabReviews)!;
    expect(reviews).not.toBeNull();
    expect(reviews.getRange(1, 1, 1, 4).getValues()[0]).toEqual(['تاريخ الإنجاز', 'المراجعة', 'بواسطة', 'ملاحظات']);
    expect(reviews.isRightToLeft()).toBe(true);
  });

  it('a plan that names no zone, in a sheet left in UTC, runs on its market\'s clock; a sheet in a real zone keeps it', () => {
    const saudi = setupPlan({ timeZone: 'Etc/UTC', locale: 'ar_SA', lang: 'ar', edit: (plan) => { plan.market = 'SA'; plan.timeZone = ''; } });
    const out = enable(saudi, { hour: 21 });
    expect(out).toMatchObject({ ok: true, timeZone: 'Asia/Riyadh' });
    expect(saudi.addOn.emulator.triggers.list[0].schedule).toMatchObject({ atHour: 21, timeZone: 'Asia/Riyadh' });
    expect(JSON.stringify(out)).not.toContain('Etc/UTC');
    const paris = setupPlan({ timeZone: 'Europe/Paris', locale: 'ar_SA', lang: 'ar', edit: (plan) => { plan.market = 'SA'; plan.timeZone = ''; } });
    expect(enable(paris, { hour: 21 })).toMatchObject({ ok: true, timeZone: 'Europe/Paris' });
  });

  it('twice in a row leaves one trigger (the same one); a new hour replaces it, still one', () => {
    const s = setupPlan();
    enable(s, { hour: 9 });
    const first = s.addOn.emulator.triggers.list[0].id;
    enable(s, { hour: 9, kpi: 'monthly' });
    expect(s.addOn.emulator.triggers.list.map((t) => t.id)).toEqual([first]);
    enable(s, { hour: 18 });
    expect(s.addOn.emulator.triggers.list).toHaveLength(1);
    expect(s.addOn.emulator.triggers.list[0].schedule?.atHour).toBe(18);
    // Only one Reviews tab, however often reminders are switched on.
    const tabs = s.addOn.emulator.spreadsheet.getSheets().filter((sh) => sh.getName().startsWith(m.tabReviews));
    expect(tabs).toHaveLength(1);
  });

  it('from two windows at once: the second waits for the lock; if it cannot get it, it changes nothing', () => {
    const s = setupPlan();
    const { addOn } = s;
    // Another window holds the document lock for a moment (two failed tries), then lets go.
    addOn.emulator.locks.holdByOther('document', 1);
    const busy = addOn.serverCall('enableReminders', { hour: 9, recipients: RECIPIENTS }) as any;
    expect(busy).toEqual({ ok: false, problems: [{ field: 'settings', message: m.busy }] });
    expect(addOn.emulator.triggers.list).toHaveLength(0);
    // The other window's switch-on completes; ours, run again, finds its trigger and keeps one.
    enable(s, { hour: 9 });
    enable(s, { hour: 9 });
    expect(addOn.emulator.triggers.list).toHaveLength(1);
  });

  it('each user has their own trigger; switching off removes only ours', () => {
    const s = setupPlan();
    const { addOn } = s;
    const globals = addOn.globals;
    enable(s, { hour: 9 });
    // Another trigger of ours (an edit trigger for another handler), and a colleague's reminders.
    globals.ScriptApp.newTrigger('someOtherHandler').forSpreadsheet(addOn.emulator.countedSpreadsheet).onEdit().create();
    addOn.emulator.setUser('colleague@shop.example');
    enable(s, { hour: 10 });
    addOn.emulator.setUser('marketer@example.com');
    expect(addOn.emulator.triggers.list).toHaveLength(3);

    const out = addOn.serverCall('disableReminders') as any;
    expect(out).toMatchObject({ ok: true, enabled: false, status: m.statusOff });
    const left = addOn.emulator.triggers.list.map((t) => `${t.owner} ${t.handler}`).sort();
    expect(left).toEqual(['colleague@shop.example onReminderTrigger', 'marketer@example.com someOtherHandler']);
    // Switching off twice is harmless.
    expect(addOn.serverCall('disableReminders')).toMatchObject({ ok: true, enabled: false });
    expect(addOn.emulator.triggers.list).toHaveLength(2);
    // Off means off: the colleague's reminders still go out, ours do not.
    addOn.runTriggers('2026-04-15T00:00:00Z');
    const to = new Set(addOn.emulator.mail.sent.map((mail) => mail.from));
    expect([...to]).toEqual(['colleague@shop.example']);
  });

  it('a trigger whose reminders were switched off elsewhere removes itself (and nothing else)', () => {
    const s = setupPlan();
    const { addOn } = s;
    enable(s, { hour: 9 });
    addOn.globals.ScriptApp.newTrigger('someOtherHandler').forSpreadsheet(addOn.emulator.countedSpreadsheet).onOpen().create();
    addOn.emulator.properties.user().data.clear(); // the user's reminder settings are gone
    const runs = addOn.runTriggers('2026-01-08T00:00:00Z');
    expect(runs).toHaveLength(1);
    expect(addOn.emulator.triggers.list.map((t) => t.handler)).toEqual(['someOtherHandler']);
    expect(addOn.emulator.mail.sent).toHaveLength(0);
  });

  it('rejects bad settings with every problem, and writes nothing', () => {
    const s = setupPlan({ lang: 'he', locale: 'he_IL', timeZone: 'Asia/Jerusalem' });
    const out = s.addOn.serverCall('enableReminders', { hour: 25, recipients: 'x@y, ok@shop.example' }) as any;
    expect(out.ok).toBe(false);
    expect(out.problems.map((p: any) => p.field)).toEqual(['hour', 'recipients.0']);
    expect(out.problems[0].message).toBe(reminderMessages.he.badHour);
    expect(s.addOn.emulator.triggers.list).toHaveLength(0);
    expect(s.addOn.emulator.properties.user().data.size).toBe(0);
  });

  it('without a plan, says to make one first', () => {
    const addOn = loadAddOn();
    const out = addOn.serverCall('enableReminders', { hour: 9, recipients: RECIPIENTS }) as any;
    expect(out).toEqual({ ok: false, problems: [{ field: 'plan', message: m.noPlan }] });
    expect(addOn.emulator.triggers.list).toHaveLength(0);
  });
});

describe('status and the Reminders… menu item', () => {
  it('reminderStatus reflects on/off, hour, recipients and cadences', () => {
    const s = setupPlan();
    expect(s.addOn.serverCall('reminderStatus')).toMatchObject({ enabled: false, hasPlan: true, status: m.statusOff });
    // The English example is a US plan in a sheet left in UTC: it runs on New York's clock.
    enable(s, { hour: 6, kpi: 'monthly', auditMonths: 2 });
    expect(s.addOn.serverCall('reminderStatus')).toMatchObject({
      enabled: true,
      hour: 6,
      recipients: RECIPIENTS,
      cadences: { kpi: 'monthly', auditMonths: 2, strategyMonths: 6, goals: true, posts: true },
      // The daily mail and the review cadences, named apart.
      status: `On: one e-mail a day at 06:00 (America/New_York) to ${RECIPIENTS.join(', ')}. Reviews: KPIs every month, account audit every 2 months, strategy review every 6 months.`,
    });
  });

  it('before switching on, the dialog names the zone switching on will use: the plan’s, not a sheet left in UTC', () => {
    const s = setupPlan(); // an American plan in a spreadsheet left in Etc/UTC
    const before = s.addOn.serverCall('reminderStatus') as any;
    const after = enable(s, { hour: 7 });
    expect(after.timeZone).toBe('America/New_York');
    expect(before.timeZone).toBe(after.timeZone);
  });

  it('the confirmation names the cadences in the plan language: a daily mail, but weekly KPIs and an audit every 2 months', () => {
    const s = setupPlan({ timeZone: 'Asia/Riyadh', locale: 'ar_SA', lang: 'ar' });
    const out = enable(s, { hour: 21, kpi: 'weekly', auditMonths: 2, strategyMonths: 0 });
    const ar = reminderMessages.ar;
    // The zone in Unicode isolates, so its Latin letters cannot move the parentheses in Arabic text.
    expect(out.status).toContain('(\u2068Asia/Riyadh\u2069)');
    expect(out.status).toContain('يوميًا');
    expect(out.status.endsWith(`${ar.statusReviews.replace('{reviews}.', '')}${ar.reviewKpiWeekly}${ar.listJoin}تقييم الحسابات كل شهرين.`)).toBe(true);
    expect(out.status).not.toContain('الاستراتيجية');
  });

  it('the menu has "Reminders…", which opens a small dialog in the plan language', () => {
    const s = setupPlan({ lang: 'fa', locale: 'fa_IR', timeZone: 'Asia/Tehran' });
    s.addOn.open('FULL');
    s.addOn.clickMenu(menuMessages.fa.reminders);
    const dialogs = s.addOn.emulator.ui.dialogs;
    const dialog = dialogs[dialogs.length - 1];
    expect(dialog).toMatchObject({ title: reminderMessages.fa.dialogTitle, modal: true });
    expect(dialog.content).toContain('<html lang="fa" dir="rtl">');
    expect(dialog.content).toContain('google.script.run.withSuccessHandler(done).withFailureHandler(fail).enableReminders(');
    expect(dialog.content).toContain(reminderMessages.fa.statusOff);
  });

  it('switching on keeps the user on the tab they were on: the new Reviews tab does not jump to the front', () => {
    const s = setupPlan();
    const ss = s.addOn.emulator.spreadsheet;
    const calendar = sheetOf(s, 'calendar');
    ss.setActiveSheet(calendar);
    enable(s);
    expect(ss.getSheetByName(m.tabReviews)).not.toBeNull();
    expect(ss.getActiveSheet().getName()).toBe(calendar.getName());
  });

  it('before any plan exists, "Reminders…" is a small titled dialog that offers to open the wizard', () => {
    const addOn = loadAddOn({ locale: 'ar_SA' });
    addOn.open('FULL');
    addOn.clickMenu(menuMessages.ar.reminders);
    const dialog = addOn.emulator.ui.dialogs[addOn.emulator.ui.dialogs.length - 1];
    expect(dialog).toMatchObject({ title: reminderMessages.ar.dialogTitle, modal: true });
    expect(dialog.height).toBeLessThanOrEqual(200);
    expect(dialog.content).toContain(reminderMessages.ar.noPlan);
    expect(dialog.content).toContain(`>${reminderMessages.ar.openWizard}</button>`);
    // The button opens the sidebar through its own entry point, then closes the dialog.
    expect(dialog.content).toContain('withSuccessHandler(function(){google.script.host.close();}).withFailureHandler(fail).showSidebar()');
    expect(typeof addOn.run.showSidebar).toBe('function');
    expect(dialog.content).toContain('<form id="f" hidden>');
  });

  it('once a plan exists, the dialog has no wizard button', () => {
    const s = setupPlan();
    s.addOn.open('FULL');
    s.addOn.clickMenu(menuMessages.en.reminders);
    const dialog = s.addOn.emulator.ui.dialogs[s.addOn.emulator.ui.dialogs.length - 1];
    expect(dialog.content).not.toContain(m.openWizard);
    expect(dialog.height).toBeGreaterThan(400);
  });
});

describe('switching off under a fault at any call', () => {
  it('the status follows the trigger: "on" only while it fires, "off" only once no mail will go', () => {
    const count = setupPlan();
    enable(count, { hour: 9 });
    count.addOn.emulator.resetCalls();
    expect((count.addOn.serverCall('disableReminders') as { ok: boolean }).ok).toBe(true);
    const calls = count.addOn.emulator.calls.remote;
    expect(calls).toBeGreaterThan(5);
    for (let n = 1; n <= calls; n++) {
      const s = setupPlan();
      const { addOn } = s;
      enable(s, { hour: 9 });
      addOn.emulator.faults.failRemoteCall(n, `Service failed (call ${n})`);
      try {
        addOn.serverCall('disableReminders');
      } catch {
        // A fault the call does not answer itself: what counts is what is left.
      }
      addOn.emulator.faults.failRemoteCall(0);
      const where = `fault at call ${n} of disableReminders`;
      const status = addOn.serverCall('reminderStatus') as { enabled: boolean };
      const ours = () => addOn.emulator.triggers.list.filter((t) => t.handler === 'onReminderTrigger');
      if (status.enabled) {
        expect(ours(), where).toHaveLength(1);
      } else {
        // Off: a trigger a failed delete left behind finds its reminders off and removes itself, sending nothing.
        addOn.runTriggers('2026-01-08T00:00:00Z');
        expect(addOn.emulator.mail.sent, where).toHaveLength(0);
        expect(ours(), where).toHaveLength(0);
      }
    }
  });
});
