/**
 * The native formulas the tabs use instead of our custom functions (src/plan/generators/native-kpi.ts)
 * agree with our functions on the same cells: both written side by side into HyperFormula over
 * random columns of numbers, zeros, blanks, negatives, words and TRUE/FALSE, every row compared
 * (two rows at least: over one cell our functions raise an error with a message instead of a code).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/functions/catalog';
import { kpiFunctions } from '../../../src/functions/kpi';
import { tabMessages } from '../../../src/i18n/messages';
import { generateAuditTab } from '../../../src/plan/generators/audit';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { generateKpiTab } from '../../../src/plan/generators/kpi';
import { generateStrategyTab } from '../../../src/plan/generators/strategy';
import { nativeKpi, type NativeKpi } from '../../../src/plan/generators/native-kpi';
import type { SheetSpec, SpecCell } from '../../../src/sheets/spec';
import { columnLetter, evaluateSpec } from '../../support/formula-engine';
import { example, formulasOf, FoundTable, LANGS, TODAY } from './support';

const NAMES: NativeKpi[] = ['ENGAGEMENT_RATE', 'CTR', 'CPC', 'CPM', 'CPE', 'CONVERSION_RATE', 'GROWTH_RATE', 'SHARE_OF_VOICE', 'ROI'];

/** Inputs a marketer's sheet holds; numbers typed as text are left out (our functions read them, Sheets does not). */
const input: fc.Arbitrary<SpecCell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: -500, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom('n/a', 'abc', 'TBD') },
  { weight: 1, arbitrary: fc.boolean() },
);

function sideBySide(name: NativeKpi, rows: SpecCell[][], argCount: number) {
  const cols = Array.from({ length: argCount }, (_, i) => columnLetter(i + 1));
  const ranges = cols.map((c) => `${c}1:${c}${rows.length}`);
  const out = argCount + 2;
  const spec: SheetSpec = {
    kind: 'kpi', title: 't', rightToLeft: false, frozenRows: 0, columnWidths: [],
    blocks: [
      { row: 1, column: 1, cells: rows.map((r) => r.slice(0, argCount)) },
      { row: 1, column: out, cells: [[nativeKpi(name, ...ranges), { formula: `=${name}(${ranges.join(', ')})` }]] },
    ],
    validations: [], styles: [], conditionalRules: [], rows: rows.length,
  };
  const sheet = evaluateSpec(spec);
  return rows.map((_, r) => ({ native: sheet.at(r + 1, out), ours: sheet.at(r + 1, out + 1), row: rows[r].slice(0, argCount) }));
}

const close = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b);

describe('native KPI formulas agree with our functions, cell by cell', () => {
  it.each(NAMES)('%s', (name) => {
    const argCount = kpiFunctions.find((f) => f.name === name)!.params.length;
    fc.assert(
      fc.property(fc.array(fc.array(input, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 12 }), (rows) => {
        for (const cell of sideBySide(name, rows, argCount)) {
          if (!close(cell.native, cell.ours)) throw new Error(`${name} ${JSON.stringify(cell.row)}: native ${JSON.stringify(cell.native)}, ours ${JSON.stringify(cell.ours)}`);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('gives a blank for a blank input, "#DIV/0! clicks" for no clicks, and the first argument’s problem first', () => {
    const cells = sideBySide('CPC', [[10, 4], [10, null], [10, 0], [null, 0], ['abc', -1], [-1, 'abc'], [true, 2]], 2);
    expect(cells.map((c) => c.native)).toEqual([2.5, '', '#DIV/0! clicks', '', '#TEXT! spend', '#NEGATIVE! spend', '#BOOLEAN! spend']);
    expect(cells.map((c) => c.ours)).toEqual(cells.map((c) => c.native));
  });

  it('ROI counts blank hours or rate as 0, like ours; one cell as the rate applies to every row', () => {
    const sheet = evaluateSpec({
      kind: 'kpi', title: 't', rightToLeft: false, frozenRows: 0, columnWidths: [],
      blocks: [
        { row: 1, column: 1, cells: [[300, 100, 2], [300, 100, null], [0, 0, null]] },
        { row: 1, column: 5, cells: [[nativeKpi('ROI', 'A1:A3', 'B1:B3', 'C1:C3', '50'), { formula: '=ROI(A1:A3, B1:B3, C1:C3, 50)' }]] },
      ],
      validations: [], styles: [], conditionalRules: [], rows: 3,
    });
    expect([1, 2, 3].map((r) => sheet.at(r, 5))).toEqual([0.5, 2, '#DIV/0! cost']);
    expect([1, 2, 3].map((r) => sheet.at(r, 6))).toEqual([1, 2, 3].map((r) => sheet.at(r, 5)));
  });

  it('refuses a wrong number of arguments (a generator bug, caught before anything is written)', () => {
    expect(() => nativeKpi('CTR', 'A1:A3')).toThrow(/CTR takes 2/);
  });
});

describe('the generated tabs compute their rates natively', () => {
  const OURS_ALLOWED = new Set(['SMART_CHECK', 'UTM_URL', 'LOCAL_DATE']);
  const ourNames = catalog.map((f) => f.name);

  it.each(LANGS)('%s: no formula of any tab calls our KPI functions; only SMART_CHECK, UTM_URL and LOCAL_DATE stay ours', (lang) => {
    const plan = example(lang);
    const specs = [generateAuditTab(plan, TODAY), generateCalendarTab(plan), generateKpiTab(plan), generateStrategyTab(plan)];
    const called = new Set(specs.flatMap(formulasOf).flatMap((f) => ourNames.filter((n) => new RegExp(`(?<![A-Z_])${n}\\(`).test(f))));
    expect([...called].filter((n) => !OURS_ALLOWED.has(n))).toEqual([]);
    expect(called.has('SMART_CHECK')).toBe(true);
    expect(called.has('UTM_URL')).toBe(true);
  });

  it('the KPI log: each native rate column equals our function over the same cells, row by row', () => {
    const t = tabMessages.en;
    const spec = generateKpiTab(example('en'));
    const log = FoundTable.find(spec, t.columns.periodStart);
    const c = t.columns;
    // Week by week: some full, some blank, a zero-click week, a week with no hours logged.
    const samples: Record<string, number | null> = {};
    const week = [
      { reach: 1000, impressions: 2500, engagements: 80, clicks: 50, conversions: 5, spend: 100, revenue: 400, hours: 3, hourlyRate: 20 },
      { reach: 800, impressions: 1000, engagements: 10, clicks: 0, conversions: 0, spend: 30, revenue: 0, hours: null, hourlyRate: null },
      { reach: null, impressions: null, engagements: null, clicks: null, conversions: null, spend: null, revenue: null, hours: null, hourlyRate: null },
    ];
    week.forEach((w, i) => {
      for (const [k, v] of Object.entries(w)) samples[log.a1(i, c[k as keyof typeof c])] = v;
    });
    const sheet = evaluateSpec(spec, samples);
    const pairs: [string, string, string[]][] = [
      [c.engagementRate, 'ENGAGEMENT_RATE', [c.engagements, c.reach]],
      [c.ctr, 'CTR', [c.clicks, c.impressions]],
      [c.cpc, 'CPC', [c.spend, c.clicks]],
      [c.conversionRate, 'CONVERSION_RATE', [c.conversions, c.clicks]],
      [c.roi, 'ROI', [c.revenue, c.spend, c.hours, c.hourlyRate]],
    ];
    for (const [column, fn, inputs] of pairs) {
      const ranges = inputs.map((h) => `${log.a1(0, h)}:${log.a1(week.length - 1, h)}`);
      const ours = sheet.engine.calculateFormula(`=${fn}(${ranges.join(', ')})`, 0) as unknown[][];
      const native = week.map((_, i) => sheet.get(log.a1(i, column)));
      expect(native, column).toEqual(ours.map((row) => (row[0] === null ? '' : row[0])));
    }
    expect(sheet.get(log.a1(1, c.ctr))).toBe(0);
    expect(sheet.get(log.a1(1, c.cpc))).toBe('#DIV/0! clicks');
    expect(sheet.get(log.a1(2, c.ctr))).toBe('');
  });
});
