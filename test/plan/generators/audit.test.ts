/** The audit tab: one row per account, and its formulas computed by a real engine on sample inputs. */
import { describe, expect, it } from 'vitest';
import { tabMessages } from '../../../src/i18n/messages';
import { generateAuditTab, SPARE_ROWS } from '../../../src/plan/generators/audit';
import { evaluateSpec } from '../../support/formula-engine';
import { example, FoundTable, TODAY } from './support';

const t = tabMessages.en;
const plan = example('en');
const spec = generateAuditTab(plan, TODAY);
const accounts = FoundTable.find(spec, t.columns.mission);
const competitors = FoundTable.find(spec, t.columns.whatToLearn);
const impostors = FoundTable.find(spec, t.columns.reported);

describe('audit rows', () => {
  it('one row per account, in the plan’s order, then spare rows; the tab reports the accounts', () => {
    expect(spec.rows).toBe(plan.accounts.length);
    expect(accounts.rows).toHaveLength(plan.accounts.length + SPARE_ROWS);
    expect(plan.accounts.map((_, i) => accounts.cell(i, t.columns.handle))).toEqual(plan.accounts.map((a) => a.handle));
    expect(plan.accounts.map((_, i) => accounts.cell(i, t.columns.owner))).toEqual(plan.accounts.map((a) => a.owner));
    expect(accounts.cell(0, t.columns.mission)).toBe(plan.accounts[0].mission);
    expect(accounts.cell(0, t.columns.profileUrl)).toBe(plan.accounts[0].url);
    expect(accounts.cell(0, t.columns.auditDate)).toEqual({ date: TODAY });
    expect(accounts.cell(0, t.columns.verified)).toBe(false);
    expect(accounts.cell(plan.accounts.length, t.columns.handle)).toBeNull();
  });

  it('impostors and competitors each get their block, with their own rows', () => {
    expect(impostors.cell(0, t.columns.handle)).toBe(plan.impostors[0].handle);
    expect(impostors.rows).toHaveLength(plan.impostors.length + SPARE_ROWS);
    expect(competitors.cell(1, t.columns.whatToLearn)).toBe(plan.competitors[1].notes);
    expect(competitors.rows).toHaveLength(plan.competitors.length + SPARE_ROWS);
    expect(impostors.block.row).toBeGreaterThan(accounts.block.row + accounts.rows.length);
    expect(competitors.block.row).toBeGreaterThan(impostors.block.row + impostors.rows.length);
  });

  it('without a date given, the audit date is left for the user', () => {
    const undated = FoundTable.find(generateAuditTab(plan), t.columns.mission);
    expect(undated.cell(0, t.columns.auditDate)).toBeNull();
  });
});

describe('audit formulas, computed', () => {
  it('engagement rate = average engagements per post ÷ followers, blank rows blank', () => {
    const ev = evaluateSpec(spec, {
      [accounts.a1(0, t.columns.followers)]: 2000,
      [accounts.a1(0, t.columns.avgEngagements)]: 50,
      [accounts.a1(2, t.columns.followers)]: 400,
      [accounts.a1(2, t.columns.avgEngagements)]: 30,
      [accounts.a1(plan.accounts.length, t.columns.followers)]: 100,
      [accounts.a1(plan.accounts.length, t.columns.avgEngagements)]: 7,
    });
    expect(ev.get(accounts.a1(0, t.columns.engagementRate))).toBeCloseTo(0.025, 12);
    expect(ev.get(accounts.a1(1, t.columns.engagementRate))).toBe('');
    expect(ev.get(accounts.a1(2, t.columns.engagementRate))).toBeCloseTo(0.075, 12);
    // A spare row the user fills in later is covered too.
    expect(ev.get(accounts.a1(plan.accounts.length, t.columns.engagementRate))).toBeCloseTo(0.07, 12);
    expect(ev.get(accounts.a1(accounts.rows.length - 1, t.columns.engagementRate))).toBe('');
  });

  it('competitors’ engagement rate the same way', () => {
    const ev = evaluateSpec(spec, {
      [competitors.a1(1, t.columns.followers)]: 5000,
      [competitors.a1(1, t.columns.avgEngagements)]: 150,
    });
    expect(ev.get(competitors.a1(0, t.columns.engagementRate))).toBe('');
    expect(ev.get(competitors.a1(1, t.columns.engagementRate))).toBeCloseTo(0.03, 12);
  });

  it('next audit = audit date + the cadence in months, which the user can change in one cell', () => {
    const ev = evaluateSpec(spec);
    expect(plan.reviews.auditEveryMonths).toBe(3);
    expect(ev.date(accounts.a1(0, t.columns.nextAudit))).toBe('2025-04-15');
    expect(ev.get(accounts.a1(plan.accounts.length, t.columns.nextAudit))).toBe('');

    const cadence = spec.blocks.find((b) => b.cells[0][0] === t.audit.cadence)!;
    expect(cadence.cells[0][1]).toBe(3);
    const edited = evaluateSpec(spec, {
      [`B${cadence.row}`]: 6,
      [accounts.a1(plan.accounts.length, t.columns.auditDate)]: { date: '2025-08-31' },
    });
    expect(edited.date(accounts.a1(0, t.columns.nextAudit))).toBe('2025-07-15');
    // EDATE keeps to the month's end: 31 August + 6 months = 28 February.
    expect(edited.date(accounts.a1(plan.accounts.length, t.columns.nextAudit))).toBe('2026-02-28');
  });

  it('every formula of the tab computes without an error on blank inputs', () => {
    const ev = evaluateSpec(spec);
    for (const { a1, formula } of ev.formulas) expect(String(ev.get(a1)), `${a1}: ${formula}`).not.toMatch(/^#/);
  });
});
