// The per-spreadsheet state in user properties: round trip, pieces under 9 KB, garbage reads as "off".
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/plan/saved-plan';
import { recordSent } from '../../src/reminders/sent-log';
import { emptyState, readState, stateKey, stateProperties, type ReminderState } from '../../src/reminders/state';
import { dialogHtml, scriptJson, statusLine, type DialogModel } from '../../src/reminders/dialog';
import { reminderMessages } from '../../src/i18n/messages';

const ID = 'sheet-1';

function full(): ReminderState {
  const longGoal = 'هدف '.repeat(120);
  return {
    ...emptyState(),
    settings: { hour: 9, recipients: ['a@shop.example'], kpi: 'weekly' },
    plan: {
      business: 'نان‌سرای گندم',
      lang: 'fa',
      timeZone: 'Asia/Tehran',
      start: '2026-02-01',
      end: '2027-01-31',
      cadences: { kpi: 'weekly', auditMonths: 3, strategyMonths: 6, goals: true, posts: true },
      goals: Array.from({ length: 20 }, (_, i) => ({ text: `${i} ${longGoal}`, deadline: '2026-06-01' })),
    },
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
    tabs: { calendar: { gid: 12, name: 'تقویم' } },
    trigger: { uid: '77', hour: 9, timeZone: 'Asia/Tehran' },
    lastDone: { audit: '2026-05-01' },
    sent: recordSent({ days: {}, notices: [] }, [{ type: 'review', kind: 'kpi', date: '2026-03-01', day: '2026-03-01', code: 'k' }]),
  };
}

describe('reminder state', () => {
  it('round-trips through property values, each under 9 KB, stale pieces listed for deletion', () => {
    const state = full();
    const { values } = stateProperties(ID, state, []);
    for (const v of Object.values(values)) expect(utf8Length(v)).toBeLessThanOrEqual(8_000);
    expect(Object.keys(values).length).toBeGreaterThan(2);
    expect(readState(ID, values)).toEqual(state);
    // A shorter state later leaves the old extra pieces to delete.
    const small = stateProperties(ID, { ...state, plan: null }, Object.keys(values));
    expect(small.stale.length).toBe(Object.keys(values).length - Object.keys(small.values).length);
    expect(readState(ID, { ...values, ...small.values })).toEqual({ ...state, plan: null });
  });
  it('missing pieces, broken JSON or foreign shapes read as "off, nothing sent"', () => {
    const { values } = stateProperties(ID, full(), []);
    const missing = { ...values };
    delete missing[`${stateKey(ID)}.1`];
    expect(readState(ID, missing)).toEqual(emptyState());
    expect(readState(ID, { [stateKey(ID)]: '1', [`${stateKey(ID)}.0`]: '{oops' })).toEqual(emptyState());
    expect(readState(ID, { [stateKey(ID)]: '1', [`${stateKey(ID)}.0`]: '{"settings":{"hour":99},"trigger":7,"lastDone":{"kpi":"x"}}' })).toEqual(emptyState());
    expect(readState('other', values)).toEqual(emptyState());
  });
});

describe('the settings dialog', () => {
  it('embeds JSON that cannot close its script tag, and escapes everything shown', () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>' })).not.toContain('<');
    const html = dialogHtml({
      lang: 'he', enabled: true, hasPlan: true, needsAuthorization: false, hour: 5,
      recipients: ['a@b.co"><img src=x onerror=alert(1)>'], timeZone: 'Asia/Jerusalem<b>',
      cadences: { kpi: 'monthly', auditMonths: 3, strategyMonths: 6, goals: true, posts: false },
    });
    expect(html).toContain('<html lang="he" dir="rtl">');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('Jerusalem<b>');
    expect(html).toContain('<option value="5" selected>05:00</option>');
    expect(html).toContain('<option value="monthly" selected>');
    expect(html).toMatch(/id="posts" type="checkbox">/);
  });

  const FSI = '\u2068';
  const PDI = '\u2069';
  const model = (lang: DialogModel['lang']): DialogModel => ({
    lang, enabled: true, hasPlan: true, needsAuthorization: false, hour: 21,
    recipients: ['noura@shop.example', 'sara@shop.example'], timeZone: 'Asia/Riyadh',
    cadences: { kpi: 'monthly', auditMonths: 3, strategyMonths: 6, goals: true, posts: true },
  });

  it.each(['ar', 'fa', 'he'] as const)('right to left (%s): each address and the zone sit in isolates, joined by the language’s comma', (lang) => {
    const line = statusLine(model(lang));
    expect(line).toContain(`${FSI}noura@shop.example${PDI}${reminderMessages[lang].listJoin}${FSI}sara@shop.example${PDI}`);
    expect(line).toContain(`${FSI}Asia/Riyadh${PDI}`);
    // No address is left bare, where a neighbour's comma or full stop would jump to its other side.
    expect(line.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '')).not.toMatch(/[A-Za-z@]/);
    expect(dialogHtml(model(lang))).toContain('(<bdi>Asia/Riyadh</bdi>)');
  });

  it('Persian: the hour in Persian digits, like the rest of the line; English: no isolates at all', () => {
    const fa = statusLine(model('fa'));
    expect(fa).toContain('۲۱:۰۰');
    expect(fa.replace(/[A-Za-z@.\/]+/g, '')).not.toMatch(/[0-9]/);
    expect(dialogHtml(model('fa'))).toContain('>۲۱:۰۰</option>');
    const en = statusLine(model('en'));
    expect(en).not.toMatch(/[\u2066-\u2069]/);
    expect(en).toContain('noura@shop.example, sara@shop.example');
  });
});
