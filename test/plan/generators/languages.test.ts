/**
 * Every tab in every language: direction, localized title, headers and dropdown values, frozen
 * header, widths, number formats in the plan's market and currency, and user text kept as text.
 */
import { describe, expect, it } from 'vitest';
import { tabMessages, planLabels } from '../../../src/i18n/messages';
import { generateAuditTab } from '../../../src/plan/generators/audit';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { generateKpiTab } from '../../../src/plan/generators/kpi';
import { datePattern, currencyFormat, PERCENT } from '../../../src/plan/generators/formats';
import { networkName } from '../../../src/plan/networks';
import type { SheetSpec } from '../../../src/sheets/spec';
import { example, FoundTable, formulasOf, hostilePlanInput, HOSTILE, LANGS, parsePlan, TODAY, userTexts } from './support';

function validationValues(spec: SheetSpec, column: number, row: number): string[] | undefined {
  const v = spec.validations.find(
    (x) => x.rule.kind === 'list' && x.area.column === column && x.area.row <= row && row < x.area.row + x.area.numRows,
  );
  return v && v.rule.kind === 'list' ? v.rule.values : undefined;
}

function ruleAt(spec: SheetSpec, column: number, row: number): string | undefined {
  return spec.validations.find((x) => x.area.column === column && x.area.row <= row && row < x.area.row + x.area.numRows)?.rule.kind;
}

function formatOf(table: FoundTable, header: string): string | null | undefined {
  return table.block.columnFormats?.[table.column(header) - table.block.column];
}

describe.each(LANGS)('tabs in %s', (lang) => {
  const plan = example(lang);
  const t = tabMessages[lang];
  const labels = planLabels[lang];
  const specs = { audit: generateAuditTab(plan, TODAY), calendar: generateCalendarTab(plan), kpi: generateKpiTab(plan) };

  it('are right-to-left exactly in Arabic, Persian and Hebrew, and named in the language', () => {
    for (const [kind, spec] of Object.entries(specs)) {
      expect(spec.kind).toBe(kind);
      expect(spec.rightToLeft).toBe(lang !== 'en');
      expect(spec.title).toBe(t.titles[kind as keyof typeof t.titles]);
    }
  });

  it('freeze the header and give every used column a width', () => {
    const accounts = FoundTable.find(specs.audit, t.columns.mission);
    expect(specs.audit.frozenRows).toBe(accounts.block.row);
    const posts = FoundTable.find(specs.calendar, t.columns.copy);
    expect(specs.calendar.frozenRows).toBe(posts.block.row);
    expect(specs.kpi.frozenRows).toBeGreaterThan(0);
    for (const spec of Object.values(specs)) {
      const lastColumn = Math.max(...spec.blocks.map((b) => b.column + Math.max(...b.cells.map((r) => r.length)) - 1));
      expect(spec.columnWidths.length).toBeGreaterThanOrEqual(lastColumn);
      spec.columnWidths.forEach((w) => expect(w).toBeGreaterThanOrEqual(50));
    }
  });

  it('audit: headers and the keep/update/delete dropdown in the language, checkboxes, dates', () => {
    const accounts = FoundTable.find(specs.audit, t.columns.mission);
    for (const h of [t.columns.network, t.columns.handle, t.columns.verified, t.columns.engagementRate, t.columns.nextAudit, t.columns.decision]) {
      expect(accounts.headers).toContain(h);
    }
    const first = accounts.block.row + 1;
    expect(validationValues(specs.audit, accounts.column(t.columns.decision), first)).toEqual([t.decisions.keep, t.decisions.update, t.decisions.delete]);
    expect(validationValues(specs.audit, accounts.column(t.columns.network), first)).toContain(networkName(plan.accounts[0].network, lang));
    expect(ruleAt(specs.audit, accounts.column(t.columns.verified), first)).toBe('checkbox');
    expect(ruleAt(specs.audit, accounts.column(t.columns.profileComplete), first)).toBe('checkbox');
    expect(ruleAt(specs.audit, accounts.column(t.columns.followers), first)).toBe('number');
    expect(ruleAt(specs.audit, accounts.column(t.columns.auditDate), first)).toBe('date');
    expect(accounts.cell(0, t.columns.network)).toBe(networkName(plan.accounts[0].network, lang));
    expect(formatOf(accounts, t.columns.engagementRate)).toBe(PERCENT);
    expect(formatOf(accounts, t.columns.auditDate)).toBe(datePattern(lang, plan.market));
    const impostors = FoundTable.find(specs.audit, t.columns.reported);
    expect(ruleAt(specs.audit, impostors.column(t.columns.reported), impostors.block.row + 1)).toBe('checkbox');
    expect(FoundTable.find(specs.audit, t.columns.whatToLearn).headers).toContain(t.columns.followers);
  });

  it('calendar: weekday names, phases, statuses, formats and pillars in the language', () => {
    const posts = FoundTable.find(specs.calendar, t.columns.copy);
    const first = posts.block.row + 1;
    expect(labels.weekdays).toContain(posts.cell(0, t.columns.weekday));
    expect(Object.values(t.phases)).toContain(posts.cell(0, t.columns.phase));
    expect(posts.cell(0, t.columns.status)).toBe(t.statuses.idea);
    expect(Object.values(labels.formats)).toContain(posts.cell(0, t.columns.format));
    expect(validationValues(specs.calendar, posts.column(t.columns.status), first)).toEqual(Object.values(t.statuses));
    expect(validationValues(specs.calendar, posts.column(t.columns.phase), first)).toEqual(Object.values(t.phases));
    expect(validationValues(specs.calendar, posts.column(t.columns.pillar), first)).toContain(posts.cell(0, t.columns.pillar));
    expect(formatOf(posts, t.columns.date)).toBe(datePattern(lang, plan.market));
    expect(formatOf(posts, t.columns.time)).toBe('hh:mm');
    const glance = FoundTable.find(specs.calendar, t.columns.campaigns);
    expect(glance.headers).toContain(networkName(plan.contentPlan.networks[0].network, lang));
  });

  it('KPI: metric names, money in the plan’s currency, percents', () => {
    const goals = FoundTable.find(specs.kpi, t.columns.smartCheck);
    expect(goals.cell(0, t.columns.metric)).toBe(labels.metrics[plan.goals[0].metric]);
    expect(validationValues(specs.kpi, goals.column(t.columns.metric), goals.block.row + 1)).toEqual(Object.values(labels.metrics));
    expect(formatOf(goals, t.columns.progress)).toBe(PERCENT);
    const log = FoundTable.find(specs.kpi, t.columns.periodStart);
    expect(formatOf(log, t.columns.spend)).toBe(currencyFormat(plan.currency));
    expect(formatOf(log, t.columns.cpc)).toBe(currencyFormat(plan.currency));
    expect(formatOf(log, t.columns.ctr)).toBe(PERCENT);
    expect(ruleAt(specs.kpi, log.column(t.columns.reach), log.block.row + 1)).toBe('number');
    // The summary's totals are formulas: shaded, not validated as inputs.
    const summary = FoundTable.find(specs.kpi, t.columns.timeCost);
    expect(ruleAt(specs.kpi, summary.column(t.columns.reach), summary.block.row + 1)).toBeUndefined();
    const shaded = (column: number, row: number) =>
      specs.kpi.styles.some((s) => s.background === '#f3f3f3' && s.area.column === column && s.area.row <= row && row < s.area.row + s.area.numRows);
    expect(shaded(summary.column(t.columns.reach), summary.block.row + 1)).toBe(true);
    expect(shaded(log.column(t.columns.roi), log.block.row + 1)).toBe(true);
    expect(shaded(log.column(t.columns.reach), log.block.row + 1)).toBe(false);
  });
});

describe('user text', () => {
  const plan = parsePlan(hostilePlanInput());
  const specs = [generateAuditTab(plan, TODAY), generateCalendarTab(plan), generateKpiTab(plan)];

  it('never enters a formula: formulas point at the cells holding it', () => {
    const texts = userTexts(plan);
    expect(texts).toContain(HOSTILE.campaign);
    for (const spec of specs) {
      expect(formulasOf(spec).length).toBeGreaterThan(0);
      for (const formula of formulasOf(spec)) for (const text of texts) expect(formula).not.toContain(text);
    }
  });

  it('is written as a plain string (the renderer keeps it text), exactly as typed', () => {
    const t = tabMessages.en;
    const [audit, calendar, kpi] = specs;
    expect(FoundTable.find(audit, t.columns.mission).cell(0, t.columns.handle)).toBe(HOSTILE.handle);
    expect(FoundTable.find(audit, t.columns.mission).cell(0, t.columns.mission)).toBe(HOSTILE.mission);
    expect(FoundTable.find(kpi, t.columns.smartCheck).cell(0, t.columns.goal)).toBe(HOSTILE.goal);
    const posts = FoundTable.find(calendar, t.columns.copy);
    expect(posts.values(t.columns.campaign)).toContain(HOSTILE.campaign);
    expect(posts.values(t.columns.pillar)).toContain(HOSTILE.pillar);
    expect(audit.blocks[0].cells[0][0]).toBe(`${HOSTILE.business}: social media audit`);
  });
});
