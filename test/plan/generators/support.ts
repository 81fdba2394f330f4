/**
 * What the generator tests share: valid plans (the example plans and a small hand-made one with
 * hostile text), and readers that find a table in a SheetSpec by its header text, so tests ask
 * "the Followers cell of the first account" instead of hard-coding column letters.
 */
import { examplePlan } from '../../../src/plan/example';
import { validatePlan, type Plan, type PlanInput } from '../../../src/plan/schema';
import type { Lang } from '../../../src/i18n/lang';
import type { Block, SheetSpec, SpecCell } from '../../../src/sheets/spec';
import { columnLetter } from '../../support/formula-engine';

export const LANGS: Lang[] = ['en', 'ar', 'fa', 'he'];
export const TODAY = '2025-01-15';

export function parsePlan(input: PlanInput, lang: Lang = 'en'): Plan {
  const check = validatePlan(input, lang);
  if (!check.ok) throw new Error(`invalid test plan: ${JSON.stringify(check.problems)}`);
  return check.plan;
}

/** The wizard's example in a language: 3 goals, 3 networks, 3 months from 2025-02-01. */
export function example(lang: Lang): Plan {
  return parsePlan(examplePlan(lang, TODAY), lang);
}

/** Text that would be a formula, a number or a broken formula if it ever reached one. */
export const HOSTILE = {
  business: '=IMPORTXML("http://evil.example","//a")',
  goal: '=1+1 "on Instagram" grow followers from 100 to 200 by June',
  handle: '+SUM(A1:A9)',
  mission: '@mention "quoted" -1',
  campaign: 'Spring "sale"), =HYPERLINK("x',
  pillar: '1,5 "pillar" =0', // a pillar may not start with = + - @ (it is a dropdown choice: the plan refuses it)
};

/** A small plan by hand: one campaign, two networks, custom pillars, every text hostile. */
export function hostilePlanInput(): PlanInput {
  return {
    businessName: HOSTILE.business,
    language: 'en',
    market: 'US',
    focus: 'sales',
    goals: [
      { text: HOSTILE.goal, network: 'instagram', metric: 'followers', baseline: 100, target: 200, deadline: '2025-06-30' },
      { text: 'Reach 5000 people on Facebook each month by June', network: 'facebook', metric: 'reach', target: 5000, deadline: '2025-06-30' },
      { text: 'Get 50 leads from LinkedIn by June', network: 'linkedin', metric: 'leads', target: 50, deadline: '2025-06-30' },
    ],
    accounts: [{ network: 'instagram', handle: HOSTILE.handle, url: 'shop.example/ig', owner: '=owner', mission: HOSTILE.mission, audience: '+audience' }],
    competitors: [{ network: 'facebook', handle: '=competitor', notes: '"learn" =this' }],
    impostors: [{ network: 'instagram', handle: '@=fake' }],
    contentPlan: {
      startDate: '2025-03-01',
      months: 3,
      networks: [
        { network: 'instagram', postsPerWeek: 3, times: ['09:00'] },
        { network: 'facebook', postsPerWeek: 2, weekdays: [2, 4], times: ['18:00'] },
      ],
      mix: { custom: [{ pillar: HOSTILE.pillar, percent: 60 }, { pillar: 'Behind the scenes', percent: 40 }] },
    },
    campaigns: [{ name: HOSTILE.campaign, start: '2025-04-01', end: '2025-04-10' }],
    reviews: { kpi: 'monthly', auditEveryMonths: 6 },
  };
}

/** Every plain string a plan's user typed: none of them may appear inside a formula. */
export function userTexts(plan: Plan): string[] {
  const custom = typeof plan.contentPlan.mix === 'string' ? [] : plan.contentPlan.mix.custom.map((p) => p.pillar);
  return [
    plan.businessName,
    ...plan.goals.map((g) => g.text),
    ...plan.accounts.flatMap((a) => [a.handle, a.url, a.owner, a.mission, a.audience]),
    ...plan.competitors.flatMap((k) => [k.handle, k.url, k.notes]),
    ...plan.impostors.flatMap((f) => [f.handle, f.url]),
    ...plan.campaigns.map((k) => k.name),
    ...custom,
  ].filter((s) => s.length > 2);
}

export function formulasOf(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const b of spec.blocks) for (const row of b.cells) for (const cell of row) if (isFormula(cell)) out.push(cell.formula);
  return out;
}

export function isFormula(cell: SpecCell): cell is { formula: string } {
  return cell !== null && typeof cell === 'object' && 'formula' in cell;
}

/** A table of the spec found by the text of one of its headers (the first block whose first row has it). */
export class FoundTable {
  constructor(readonly block: Block) {}

  static find(spec: SheetSpec, header: string, nth = 0): FoundTable {
    const blocks = spec.blocks.filter((b) => b.cells[0]?.includes(header) && b.cells.length > 1);
    if (!blocks[nth]) throw new Error(`No table with header "${header}"`);
    return new FoundTable(blocks[nth]);
  }

  get headers(): SpecCell[] {
    return this.block.cells[0];
  }

  /** Data rows (header excluded). */
  get rows(): SpecCell[][] {
    return this.block.cells.slice(1);
  }

  column(header: string): number {
    const i = this.headers.indexOf(header);
    if (i < 0) throw new Error(`No column "${header}"`);
    return this.block.column + i;
  }

  /** The spec cell of data row `i` (from 0) under `header`. */
  cell(i: number, header: string): SpecCell {
    return this.rows[i][this.column(header) - this.block.column];
  }

  /** The A1 address of data row `i` (from 0) under `header`. */
  a1(i: number, header: string): string {
    return `${columnLetter(this.column(header))}${this.block.row + 1 + i}`;
  }

  values(header: string): SpecCell[] {
    const c = this.column(header) - this.block.column;
    return this.rows.map((r) => r[c]);
  }
}
