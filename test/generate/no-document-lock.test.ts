// Google allows getDocumentLock() to return null (no document to lock). The built bundle then
// takes the next best lock instead of failing on null.tryLock: tabs are still written, reminders
// still switch on and off, and the daily run still sends.
import { describe, expect, it } from 'vitest';
import { enable, setupPlan } from '../reminders/support';
import { loadAddOn } from '../support/bundle';

describe('without a document lock', () => {
  it('generateTabs writes the tabs under the script lock', () => {
    const addOn = loadAddOn({ now: '2026-01-05T09:00:00Z' });
    addOn.emulator.locks.setDocumentLockAvailable(false);
    const out = addOn.serverCall('generateTabs', addOn.serverCall('examplePlan', 'en')) as any;
    expect(out.tabs?.length).toBeGreaterThanOrEqual(3);
    expect(addOn.emulator.locks.script.attempts).toBeGreaterThan(0);
  });

  it('reminders switch on (under the user lock), run, and switch off', () => {
    const s = setupPlan();
    s.addOn.emulator.locks.setDocumentLockAvailable(false);
    enable(s, { hour: 8 });
    expect(s.addOn.emulator.locks.user.attempts).toBeGreaterThan(0);
    const runs = s.addOn.runTriggers(`${s.plan.contentPlan.startDate}T23:00:00Z`);
    expect(runs.every((r) => r.error === undefined)).toBe(true);
    expect(s.addOn.serverCall('disableReminders')).toMatchObject({ ok: true, enabled: false });
    expect(s.addOn.emulator.triggers.list).toHaveLength(0);
  });
});
