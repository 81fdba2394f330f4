// MailApp spends a daily recipient quota that refills at midnight; LockService can be contended.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';

describe('MailApp', () => {
  it('records what was sent, in every call form, and spends one quota unit per recipient', () => {
    const { globals, emulator } = createAppsScript({ mailQuota: 5 });
    globals.MailApp.sendEmail('a@example.com', 'Review due', 'Body');
    globals.MailApp.sendEmail({ to: 'b@example.com,c@example.com', subject: 'Digest', body: 'text', htmlBody: '<b>hi</b>', name: 'Social Strategy' });
    globals.MailApp.sendEmail('d@example.com', 'Subject', 'Body', { replyTo: 'me@example.com', name: 'Planner' } as never);
    expect(emulator.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [['a@example.com'], 'Review due'],
      [['b@example.com', 'c@example.com'], 'Digest'],
      [['d@example.com'], 'Subject'],
    ]);
    expect(emulator.mail.sent[1]).toMatchObject({ htmlBody: '<b>hi</b>', name: 'Social Strategy', sentAt: '2026-01-05T09:00:00.000Z' });
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('throws when the quota is spent, and refills 24 hours after the first mail of the window, not at midnight', () => {
    const { globals, emulator } = createAppsScript({ timeZone: 'Asia/Tehran', now: '2026-01-05T19:00:00Z' }); // 22:30 in Tehran
    globals.MailApp.sendEmail('a@example.com', 's', 'b'); // opens the window
    emulator.clock.advanceHours(2);
    emulator.mail.exhaust();
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => globals.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    emulator.clock.advanceMinutes(60); // past midnight in Tehran and in UTC: still the same window
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(0);
    emulator.clock.setNow('2026-01-06T18:59:00Z'); // 23 h 59 after the first mail
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(0);
    emulator.clock.setNow('2026-01-06T19:00:00Z'); // 24 h after it
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
    // The next window opens with the next mail, whenever that is.
    emulator.clock.setNow('2026-01-08T07:00:00Z');
    globals.MailApp.sendEmail('a@example.com', 's', 'b');
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(99);
    emulator.clock.setNow('2026-01-09T06:59:00Z');
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(99);
    emulator.clock.setNow('2026-01-09T07:00:00Z');
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('rejects a bad address without spending quota', () => {
    const { globals } = createAppsScript();
    expect(() => globals.MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe('LockService', () => {
  it('gives the lock when free, and reports hasLock until released', () => {
    const { globals } = createAppsScript();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('refuses while another execution holds it, and waitLock throws Apps Script\'s timeout', () => {
    const { globals, emulator } = createAppsScript();
    emulator.locks.holdByOther('document');
    expect(globals.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    expect(() => globals.LockService.getDocumentLock().waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(globals.LockService.getScriptLock().tryLock(10)).toBe(true); // other scopes are free
    expect(emulator.locks.document.attempts).toBe(2);
  });

  it('lets go after a number of attempts when told so', () => {
    const { globals, emulator } = createAppsScript();
    emulator.locks.holdByOther('user', 1);
    const lock = globals.LockService.getUserLock();
    expect([lock.tryLock(100), lock.tryLock(100)]).toEqual([false, true]);
  });
});
