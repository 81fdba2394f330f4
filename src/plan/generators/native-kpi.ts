/**
 * The KPI functions as native Sheets formulas, for the tabs we generate: a teammate without the
 * add-on, a viewer, or a download as Excel computes them, and no cell waits on a server call
 * ("Loading…"). Each is ONE formula spilling down with ARRAYFORMULA and answers each row as our
 * custom function does (src/functions/kpi.ts): a blank required input gives a blank, a blank
 * optional one counts as 0, a zero denominator gives "#DIV/0! <argument>", and text, TRUE/FALSE
 * or a negative number give "#TEXT!", "#BOOLEAN!", "#NEGATIVE!" with the argument's name, checked
 * in argument order. Two differences, by design: a number typed as text ("1,234", "۱۲") is read
 * by our functions and is "#TEXT!" here, and a date is a number here. Argument names come from
 * the catalog, the one list of the functions. Each argument is one column (or one cell).
 */
import { kpiFunctions } from '../../functions/kpi';

export type NativeKpi =
  | 'ENGAGEMENT_RATE' | 'CTR' | 'CPC' | 'CPM' | 'CPE' | 'CONVERSION_RATE' | 'GROWTH_RATE' | 'SHARE_OF_VOICE' | 'ROI';

/** The result from the arguments' values (blank optional ones already 0), as a formula, with the zero check. */
type Body = (v: string[], divZero: (arg: string) => string) => string;

const ratio = (scale = ''): Body => ([n, d], zero) => `IF(${d}=0, ${zero(d)}, ${n}${scale}/${d})`;

const BODIES: Record<NativeKpi, Body> = {
  ENGAGEMENT_RATE: ratio(),
  CTR: ratio(),
  CPC: ratio(),
  CPM: ratio('*1000'),
  CPE: ratio(),
  CONVERSION_RATE: ratio(),
  GROWTH_RATE: ([start, end], zero) => `IF(${start}=0, ${zero(start)}, (${end}-${start})/${start})`,
  SHARE_OF_VOICE: ([own, others], zero) => `IF(${own}+${others}=0, ${zero('')}, ${own}/(${own}+${others}))`,
  ROI: ([gain, cost, hours, rate], zero) => {
    const investment = `(${cost}+${hours}*${rate})`;
    return `IF(${investment}=0, ${zero('')}, (${gain}-${investment})/${investment})`;
  },
};

/** Which argument a zero denominator names, as our function does. */
const ZERO_ARG: Record<NativeKpi, string> = {
  ENGAGEMENT_RATE: 'audience', CTR: 'impressions', CPC: 'clicks', CPM: 'impressions', CPE: 'engagements',
  CONVERSION_RATE: 'clicks', GROWTH_RATE: 'start_audience', SHARE_OF_VOICE: 'own_mentions + competitor_mentions', ROI: 'cost',
};

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `=ARRAYFORMULA(…)` computing `name` over the ranges (or single cells / numbers), row by row. */
export function nativeKpi(name: NativeKpi, ...args: string[]): { formula: string } {
  const entry = kpiFunctions.find((f) => f.name === name);
  if (!entry) throw new Error(`No KPI function ${name}`);
  const params = entry.params;
  if (args.length < params.filter((p) => !p.optional).length || args.length > params.length) {
    throw new Error(`${name} takes ${params.length} arguments, got ${args.length}`);
  }
  // Missing optional arguments are 0, as a blank would be.
  const values = params.map((p, i) => (args[i] === undefined ? '0' : p.optional ? `IF(${args[i]}="", 0, ${args[i]})` : args[i]));
  let formula = BODIES[name](values, () => text(`#DIV/0! ${ZERO_ARG[name]}`));
  // Checks from the last argument to the first, so the first argument's problem is the one shown.
  for (let i = params.length - 1; i >= 0; i--) {
    const a = args[i];
    if (a === undefined) continue;
    const arg = params[i].name;
    const problems = `IF(ISTEXT(${a}), ${text(`#TEXT! ${arg}`)}, IF(ISLOGICAL(${a}), ${text(`#BOOLEAN! ${arg}`)}, IF(${a}<0, ${text(`#NEGATIVE! ${arg}`)}, ${formula})))`;
    formula = params[i].optional ? `IF(${a}="", ${formula}, ${problems})` : `IF(${a}="", "", ${problems})`;
  }
  return { formula: `=ARRAYFORMULA(${formula})` };
}
