/**
 * The KPI functions marketers type in cells (DOMAIN.md, "Measuring"). Each is written for one
 * cell; `cellwise` gives them the shared range, blank and error behaviour.
 */
import { BLANK, readAmount } from './cells';
import type { CatalogEntry, FunctionParam } from './catalog-types';
import { Problem } from './problem';
import { cellwise, finite, type CellResult } from './shape';

const NUMBERS = 'number|Array<Array<number>>';

function param(name: string, description: string, extra: Partial<FunctionParam> = {}): FunctionParam {
  return { name, type: NUMBERS, description, ...extra };
}

/**
 * Reads every amount of a cell into `out` (reused across the cells of a call: no allocation per
 * row); returns the first blank or problem instead if there is one.
 */
function amounts(params: FunctionParam[], values: unknown[], out: number[]): number[] | CellResult {
  for (let i = 0; i < params.length; i++) {
    const n = readAmount(values[i], params[i].name);
    if (n === BLANK) {
      if (!params[i].optional) return '';
      out[i] = 0;
    } else if (n instanceof Problem) return n;
    else out[i] = n;
  }
  return out;
}

function kpi(
  name: string,
  summary: string,
  params: FunctionParam[],
  example: string,
  compute: (n: number[]) => number | Problem,
  returns = 'A fraction: format the cell as a percent.',
): CatalogEntry {
  return {
    name,
    summary,
    params,
    returnType: NUMBERS,
    returns,
    example,
    run: (args) => {
      const read: number[] = [];
      return cellwise(params, args, (values) => {
        const n = amounts(params, values, read);
        return typeof n === 'string' || n instanceof Problem ? n : compute(n as number[]);
      });
    },
  };
}

/**
 * numerator ÷ denominator, with the denominator's name in the divide-by-zero message and the step
 * that overflowed ('spend × 1000', 'engagements ÷ audience') in the too-large one.
 */
function ratio(numerator: number, denominator: number, numeratorName: string, denominatorName: string, scale = 1): number | Problem {
  if (denominator === 0) return new Problem('zero', { arg: denominatorName });
  // The step's name is only built when it overflows: this runs once per row of a 100,000-row range.
  const scaled = numerator * scale;
  if (scaled - scaled !== 0) return finite(scaled, `${numeratorName} × ${scale}`);
  const result = scaled / denominator;
  return result - result === 0 ? result : finite(result, `${numeratorName} ÷ ${denominatorName}`);
}

export const kpiFunctions: CatalogEntry[] = [
  kpi(
    'ENGAGEMENT_RATE',
    'Engagement rate: engagements ÷ audience. You choose the audience: reach, impressions, views or followers.',
    [
      param('engagements', 'Likes, comments, shares, saves… One column, or several columns summed per row.', { sumsRows: true }),
      param('audience', 'The denominator you chose: reach, impressions, views or followers.'),
    ],
    '=ENGAGEMENT_RATE(B2:E100, F2:F100)',
    ([engagements, audience]) => ratio(engagements, audience, 'engagements', 'audience'),
  ),
  kpi(
    'CTR',
    'Click-through rate: the share of people who saw a post and clicked it (clicks ÷ impressions).',
    [
      param('clicks', 'Link clicks.', { sumsRows: true }),
      param('impressions', 'Times the post was shown.'),
    ],
    '=CTR(G2:G100, H2:H100)',
    ([clicks, impressions]) => ratio(clicks, impressions, 'clicks', 'impressions'),
  ),
  kpi(
    'ROI',
    'Return on investment: (gain − investment) ÷ investment, where time and effort count as investment.',
    [
      param('gain', 'Revenue or value the channel returned.', { sumsRows: true }),
      param('cost', 'Money spent: ads, tools, influencers.'),
      param('hours', 'Optional. Hours of work spent; blank counts as 0.', { optional: true }),
      param('hourly_rate', 'Optional. What an hour of that work costs; blank counts as 0.', { optional: true }),
    ],
    '=ROI(J2:J13, K2:K13, L2:L13, 25)',
    ([gain, cost, hours, hourlyRate]) => {
      const time = finite(hours * hourlyRate, 'hours × hourly_rate');
      if (time instanceof Problem) return time;
      const investment = finite(cost + time, 'cost + hours × hourly_rate');
      if (investment instanceof Problem) return investment;
      if (investment === 0) return new Problem('zero', { arg: 'cost' });
      // gain and investment are finite and ≥ 0, so gain − investment is too; only the division can overflow.
      return finite((gain - investment) / investment, 'gain ÷ (cost + hours × hourly_rate)');
    },
  ),
  kpi(
    'CPC',
    'Cost per click: spend ÷ clicks.',
    [param('spend', 'Money spent.', { sumsRows: true }), param('clicks', 'Link clicks.')],
    '=CPC(K2:K100, G2:G100)',
    ([spend, clicks]) => ratio(spend, clicks, 'spend', 'clicks'),
    'An amount of money per click: format the cell as currency.',
  ),
  kpi(
    'CPM',
    'Cost per thousand impressions: spend ÷ impressions × 1,000.',
    [param('spend', 'Money spent.', { sumsRows: true }), param('impressions', 'Times the ads were shown.')],
    '=CPM(K2:K100, H2:H100)',
    ([spend, impressions]) => ratio(spend, impressions, 'spend', 'impressions', 1000),
    'An amount of money per 1,000 impressions: format the cell as currency.',
  ),
  kpi(
    'CPE',
    'Cost per engagement: spend ÷ engagements.',
    [param('spend', 'Money spent.', { sumsRows: true }), param('engagements', 'Likes, comments, shares, saves…')],
    '=CPE(K2:K100, I2:I100)',
    ([spend, engagements]) => ratio(spend, engagements, 'spend', 'engagements'),
    'An amount of money per engagement: format the cell as currency.',
  ),
  kpi(
    'CONVERSION_RATE',
    'Conversion rate: conversions ÷ clicks.',
    [param('conversions', 'Sign-ups, leads or sales.', { sumsRows: true }), param('clicks', 'Clicks that could have converted.')],
    '=CONVERSION_RATE(M2:M100, G2:G100)',
    ([conversions, clicks]) => ratio(conversions, clicks, 'conversions', 'clicks'),
  ),
  kpi(
    'GROWTH_RATE',
    'Audience growth: (end − start) ÷ start, e.g. followers at the start and the end of a month.',
    [param('start_audience', 'Followers (or reach) at the start of the period.'), param('end_audience', 'The same at the end of the period.')],
    '=GROWTH_RATE(B2:B13, C2:C13)',
    ([start, end]) => ratio(end - start, start, '(end_audience − start_audience)', 'start_audience'),
  ),
  kpi(
    'SHARE_OF_VOICE',
    'Share of voice: your mentions ÷ (yours + competitors’). Competitors may span several columns.',
    [
      param('own_mentions', 'Mentions of your brand.'),
      param('competitor_mentions', 'Mentions of competitors: one column, or one column per competitor (summed per row).', { sumsRows: true }),
    ],
    '=SHARE_OF_VOICE(B2:B13, C2:E13)',
    ([own, competitors]) => {
      const all = finite(own + competitors, 'own_mentions + competitor_mentions');
      return all instanceof Problem ? all : ratio(own, all, 'own_mentions', 'own_mentions + competitor_mentions');
    },
  ),
];
