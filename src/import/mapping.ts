/**
 * Which file column feeds which KPI-log column. The defaults follow the README's mapping:
 * reach ← reach; impressions ← impressions, or views when there are none; engagements ← likes
 * or reactions + comments + shares or reposts + saves, or an engagements column only when no
 * part is there (never a sum and its parts both); clicks ← link clicks, never "Total clicks";
 * conversions, spend, revenue when the file has them. The user's choices override them.
 */
import { ENGAGEMENT_PARTS, type Role } from './vocabulary';
import { MEASURES, type ImportProblem, type Measure, type Target } from './types';

const DIRECT: Partial<Record<Role, Target>> = {
  id: 'id', date: 'date', network: 'network', reach: 'reach', impressions: 'impressions', clicks: 'clicks',
  conversions: 'conversions', spend: 'spend', revenue: 'revenue',
};

/**
 * The default target of each column. `isDateColumn(i)` says whether column i's cells read as
 * dates: Meta's "Date" column holds "Lifetime" and must not win over "Publish time".
 */
export function defaultTargets(roles: readonly Role[], isDateColumn: (i: number) => boolean): Target[] {
  const hasImpressions = roles.includes('impressions');
  const hasParts = roles.some((r) => ENGAGEMENT_PARTS.includes(r));
  const taken = new Set<Target>();
  const dateColumn = roles.findIndex((r, i) => r === 'date' && isDateColumn(i));
  return roles.map((role, i) => {
    let target: Target = 'ignore';
    if (role === 'date') target = i === dateColumn ? 'date' : 'ignore';
    else if (role === 'views') target = hasImpressions ? 'ignore' : 'impressions';
    else if (ENGAGEMENT_PARTS.includes(role)) return 'engagements';
    else if (role === 'engagements') return hasParts ? 'ignore' : 'engagements';
    else target = DIRECT[role] ?? 'ignore';
    if (target !== 'ignore' && taken.has(target)) return 'ignore'; // the first column of a kind wins
    taken.add(target);
    return target;
  });
}

/** The targets after the user's choices (column index → target). */
export function applyChoices(defaults: readonly Target[], choices: Record<string, Target>): Target[] {
  return defaults.map((t, i) => choices[String(i)] ?? t);
}

/** What makes a mapping unusable, each naming its columns. */
export function mappingProblems(targets: readonly Target[], roles: readonly Role[], headers: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const columnsOf = (t: Target) => targets.flatMap((x, i) => (x === t ? [headers[i]] : []));
  if (!targets.includes('date')) problems.push({ code: 'noDate' });
  for (const t of ['date', 'network', 'id', ...MEASURES.filter((m) => m !== 'engagements')] as Target[]) {
    const cols = columnsOf(t);
    if (cols.length > 1) problems.push({ code: 'twoColumns', target: t, columns: cols });
  }
  const feeding = targets.flatMap((t, i) => (t === 'engagements' ? [i] : []));
  const sums = feeding.filter((i) => roles[i] === 'engagements');
  const parts = feeding.filter((i) => roles[i] !== 'engagements');
  if (sums.length > 0 && (parts.length > 0 || sums.length > 1)) {
    problems.push({ code: 'sumAndParts', columns: [...sums, ...parts].map((i) => headers[i]) });
  }
  if (!targets.some((t) => (MEASURES as readonly string[]).includes(t))) problems.push({ code: 'noFigure' });
  return problems;
}

export function measureIndex(target: Target): number {
  return MEASURES.indexOf(target as Measure);
}
