// Reminder settings from the sidebar or dialog: validated with every problem named, in the plan's language.
import { describe, expect, it } from 'vitest';
import { effectiveCadences, MAX_RECIPIENTS, validateSettings } from '../../src/reminders/settings';

describe('validateSettings', () => {
  it('accepts text numbers and a comma-separated recipient list, trimmed and de-duplicated', () => {
    const r = validateSettings({ hour: '7', recipients: ' a@shop.com, b@shop.com; A@shop.com ', auditMonths: '2', kpi: 'weekly' }, 'en');
    expect(r).toEqual({ ok: true, settings: { hour: 7, recipients: ['a@shop.com', 'b@shop.com'], auditMonths: 2, kpi: 'weekly' } });
  });
  it('names every problem, per field', () => {
    const r = validateSettings({ hour: 24, recipients: ['ok@x.io', 'not an email', 'x@y'], strategyMonths: 40, kpi: 'daily' }, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { field: 'hour', message: 'The hour must be a whole number from 0 to 23.' },
      { field: 'recipients.1', message: '"not an email" is not an e-mail address.' },
      { field: 'recipients.2', message: '"x@y" is not an e-mail address.' },
      { field: 'kpi', message: 'These settings could not be read.' },
      { field: 'strategyMonths', message: 'Months must be a whole number from 0 to 36.' },
    ]);
  });
  it('caps the recipients (the mail quota is per recipient)', () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `u${i}@x.io`);
    const r = validateSettings({ hour: 9, recipients: many }, 'he');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ field: 'recipients', message: expect.stringContaining(String(MAX_RECIPIENTS)) }]);
  });
  it('rejects hostile shapes without throwing, in the plan language', () => {
    for (const bad of [null, 'x', 42, [], { hour: { valueOf: () => 3 } }, { hour: 1.5, recipients: 'a@b.co' }]) {
      const r = validateSettings(bad, 'ar');
      expect(r.ok).toBe(false);
    }
    const r = validateSettings({ recipients: 'a@b.co' }, 'ar');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['يجب أن تكون الساعة عددًا صحيحًا من 0 إلى 23.']);
  });
});

it('settings lay the user choices over the plan cadences', () => {
  const plan = { kpi: 'monthly' as const, auditMonths: 3, strategyMonths: 6, goals: true, posts: true };
  expect(effectiveCadences(plan, { hour: 9, recipients: ['a@b.co'] })).toEqual(plan);
  expect(effectiveCadences(plan, { hour: 9, recipients: ['a@b.co'], kpi: 'off', auditMonths: 0, posts: false })).toEqual({
    kpi: 'off', auditMonths: 0, strategyMonths: 6, goals: true, posts: false,
  });
});

describe('digits in any script, as the plan reads them', () => {
  it.each([['٩', '٢'], ['۹', '۲'], [' 9 ', '2']])('hour %j and audit months %j are 9 and 2', (hour, months) => {
    const r = validateSettings({ hour, recipients: 'a@shop.com', auditMonths: months, strategyMonths: '۱۲' }, 'fa');
    expect(r).toEqual({ ok: true, settings: { hour: 9, recipients: ['a@shop.com'], auditMonths: 2, strategyMonths: 12 } });
  });

  it('still refuses what is not a whole hour, in any digits', () => {
    for (const hour of ['٢٤', '۹٫۵', 'نه', '9%']) {
      const r = validateSettings({ hour, recipients: 'a@shop.com' }, 'en');
      expect(r.ok, hour).toBe(false);
    }
  });
});
