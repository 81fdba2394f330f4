// Reading the calendar and KPI tabs back: columns found by header in any language, mangled rows skipped.
import { describe, expect, it } from 'vitest';
import { tabMessages } from '../../src/i18n/messages';
import { goalMet, readCalendar, readKpiGoals } from '../../src/reminders/tab-rows';

const fa = tabMessages.fa.columns;
const en = tabMessages.en.columns;

describe('readCalendar: times as the sheet shows them', () => {
  const header = [en.date, en.time, en.network, en.status];
  // The stored value of a time cell is a Date whose formatting may drift (Tehran, 1899); the display does not.
  const drifted = new Date(Date.UTC(1899, 11, 30, 6, 8, 16));
  const values = [header, ['2026-03-01', drifted, 'Instagram', ''], ['2026-03-01', drifted, 'X', ''], ['2026-03-01', drifted, 'Telegram', '']];
  const drift = (v: unknown, pattern: string) => (pattern === 'HH:mm' ? '09:34' : v);
  const display = [header, ['2026-03-01', '09:30', 'Instagram', ''], ['2026-03-01', '9:30 PM', 'X', ''], ['2026-03-01', '۰۹:۳۰:۰۰', 'Telegram', '']];
  it('reads "09:30", "9:30 PM" and Persian digits from the display, whatever the Date says', () => {
    expect(readCalendar(values, { display, cellText: drift })!.rows.map((p) => p.time)).toEqual(['09:30', '21:30', '09:30']);
  });
  it('falls back to the value when the display is not a time (a format the user changed)', () => {
    const odd = display.map((row, i) => (i === 0 ? row : [row[0], 'half past nine', row[2], row[3]]));
    expect(readCalendar(values, { display: odd, cellText: drift })!.rows.map((p) => p.time)).toEqual(['09:34', '09:34', '09:34']);
  });
});

describe('readCalendar', () => {
  const header = [fa.date, fa.weekday, fa.time, fa.network, fa.pillar, fa.status];
  const values = [
    ['تقویم محتوا', '', '', '', '', ''],
    header,
    ['2026-03-01', 'یکشنبه', '08:30', 'اینستاگرام', 'محصولات تازه', tabMessages.fa.statuses.idea],
    ['2026-03-01', 'یکشنبه', '08:30', 'اینستاگرام', 'محصولات تازه', tabMessages.fa.statuses.published],
    ['۲۰۲۶-۰۳-۰۲', '', '۱۲:۰۰', 'تلگرام', '', ''],
    ['', '', '', '', '', ''],
    ['not a date', '', '10:00', 'x', '', ''],
    ['2026-03-03', '', 'noon', 'x', '', ''],
    ['2026-03-03', '', '10:00', '', '', ''],
  ];
  it('finds the columns by their Persian headers and reads each post, numbering equal ones', () => {
    const read = readCalendar(values)!;
    expect(read.skipped).toBe(3);
    expect(read.rows).toEqual([
      { date: '2026-03-01', time: '08:30', network: 'اینستاگرام', published: false, label: 'محصولات تازه', nth: 1 },
      { date: '2026-03-01', time: '08:30', network: 'اینستاگرام', published: true, label: 'محصولات تازه', nth: 2 },
      { date: '2026-03-02', time: '12:00', network: 'تلگرام', published: false, nth: 1 },
    ]);
  });
  it('columns moved by the user still read (status before date, in English)', () => {
    const read = readCalendar([[en.status, en.network, en.time, en.date], ['Published', 'X', '9:05', '2026-04-01']])!;
    expect(read.rows).toEqual([{ date: '2026-04-01', time: '09:05', network: 'X', published: true, nth: 1 }]);
  });
  it('asks cellText for Date cells, and skips rows outside the window without reading their time', () => {
    const asked: string[] = [];
    const cellText = (v: unknown, pattern: string) => {
      asked.push(`${String(v)} ${pattern}`);
      return v === 'D1' ? '2026-05-10' : v === 'D2' ? '2026-09-10' : v === 'T' ? '07:00' : v;
    };
    const read = readCalendar([header, ['D1', '', 'T', 'n', '', ''], ['D2', '', 'T', 'n', '', '']], { cellText, window: { from: '2026-05-01', to: '2026-05-31' } })!;
    expect(read.rows.map((r) => r.date)).toEqual(['2026-05-10']);
    expect(asked).toEqual(['D1 yyyy-MM-dd', 'T HH:mm', 'D2 yyyy-MM-dd']);
  });
  it('a tab whose header row is gone is not readable (null), not an empty calendar', () => {
    expect(readCalendar([['a', 'b'], ['2026-01-01', '10:00']])).toBeNull();
  });
});

describe('readKpiGoals', () => {
  const values = [
    ['KPI tracker'],
    ['Plan starts', '2026-03-01'],
    [],
    ['Goals: …'],
    [en.goal, en.smartCheck, en.network, en.metric, en.baseline, en.target, en.deadline, en.current],
    ['Grow to 1,500 followers', '5/5', 'Instagram', 'Followers', 900, 1500, '2026-05-31', 1600],
    ['Lower cost per click to 0.5', '', 'Facebook', 'Cost per click', 2, 0.5, '2026-05-31', 0.8],
    ['Deadline typo', '', 'X', '', 0, 10, '31/02/2026', ''],
    ['', '', '', '', '', '', '', ''],
    ['No deadline yet', '', '', '', 0, 10, '', ''],
    ['Per network: which channel to grow'],
    [en.network, en.reach, '', '', '', '', 'Spend'],
    ['Instagram', 100, '', '', '', '', 5],
  ];
  it('reads goals down to the summary table, with met in the goal direction', () => {
    const read = readKpiGoals(values)!;
    expect(read.rows).toEqual([
      { text: 'Grow to 1,500 followers', deadline: '2026-05-31', met: true, network: 'Instagram' },
      { text: 'Lower cost per click to 0.5', deadline: '2026-05-31', met: false, network: 'Facebook' },
    ]);
    expect(read.skipped).toBe(1);
  });
});

it('goalMet: up or down, unknown without a current value', () => {
  expect(goalMet(900, 1500, 1500)).toBe(true);
  expect(goalMet(900, 1500, '1,499')).toBe(false);
  expect(goalMet(2, 0.5, 0.5)).toBe(true);
  expect(goalMet(2, 0.5, 0.6)).toBe(false);
  expect(goalMet('', 10, '۱۲')).toBe(true);
  expect(goalMet(0, 10, '')).toBeNull();
  expect(goalMet(0, 'lots', 5)).toBeNull();
});
